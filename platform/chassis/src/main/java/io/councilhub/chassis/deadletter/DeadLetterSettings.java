package io.councilhub.chassis.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the dead-letter API reads the service's dead-letter topics.
 *
 * @param enabled        {@code false} removes the API
 * @param defaultLimit   how many records a listing shows when the caller does not say
 * @param maxLimit       the most records a listing may ask for
 * @param readTimeout    how long one listing or replay may spend reading the broker
 * @param excerptLength  how many characters of the payload a listing shows
 */
@ConfigurationProperties("councilhub.dead-letters")
public record DeadLetterSettings(@DefaultValue("true") boolean enabled, @DefaultValue("50") int defaultLimit,
                                 @DefaultValue("200") int maxLimit, @DefaultValue("5s") Duration readTimeout,
                                 @DefaultValue("400") int excerptLength) {
}
