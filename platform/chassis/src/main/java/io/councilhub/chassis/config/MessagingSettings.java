package io.councilhub.chassis.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How topics are created: 6 partitions, replication 1 locally and 3 in production
 * ({@code COUNCILHUB_MESSAGING_REPLICATION=3}).
 */
@ConfigurationProperties("councilhub.messaging")
public record MessagingSettings(@DefaultValue("6") int partitions, @DefaultValue("1") short replication) {
}
