package io.councilhub.events.proposal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The voting settings and the scheduler that closes written resolutions (the clock is the service's {@code EventsClock}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(VotingSettings.class)
class ProposalConfiguration {
}
