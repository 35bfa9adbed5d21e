package io.councilhub.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The clock registrations and reminders read "now" from; tests replace it with a fixed one. */
@Configuration(proxyBeanMethods = false)
class EventsClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
