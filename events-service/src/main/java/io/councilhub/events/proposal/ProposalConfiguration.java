package io.councilhub.events.proposal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The voting settings, the scheduler that closes written resolutions, and the clock (a test may put a fixed one). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(VotingSettings.class)
class ProposalConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
