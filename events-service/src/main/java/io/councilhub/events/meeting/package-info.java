/** Meetings of the council (assemblies, committees, seminars, forums...): scheduling, rescheduling, cancelling and their reminders. */
package io.councilhub.events.meeting;
