/** The reminder before a meeting: MeetingReminderDue, published once per meeting a configurable time before it starts. */
package io.councilhub.events.reminder;
