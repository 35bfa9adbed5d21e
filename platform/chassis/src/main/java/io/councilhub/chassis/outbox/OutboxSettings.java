package io.councilhub.chassis.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox relay runs.
 *
 * @param sweepInterval how often the safety-net sweep looks for events a relay run after a save missed
 * @param sendTimeout   how long one publish may wait for the broker's acknowledgement
 * @param batchSize     how many documents one sweep of a collection takes
 */
@ConfigurationProperties("councilhub.outbox")
public record OutboxSettings(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("10s") Duration sendTimeout,
                             @DefaultValue("200") int batchSize) {
}
