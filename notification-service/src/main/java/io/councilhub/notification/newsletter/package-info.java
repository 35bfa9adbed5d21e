/** The newsletter: publications with their cadence, numbered issues written in Markdown, their review, schedule, rendering (HTML, text, PDF) and archive. */
package io.councilhub.notification.newsletter;
