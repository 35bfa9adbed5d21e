package io.councilhub.events.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When reminders go out: {@code councilhub.events.reminder-lead} before a meeting starts (default a day), checked
 * every {@code councilhub.events.reminder-check-interval} (default a minute).
 */
@ConfigurationProperties("councilhub.events")
record ReminderSettings(@DefaultValue("PT24H") Duration reminderLead,
                        @DefaultValue("PT1M") Duration reminderCheckInterval) {
}
