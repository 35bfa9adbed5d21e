package io.councilhub.gateway.dashboard;

import io.councilhub.gateway.identity.ServiceTokens;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Until the identity work signs real tokens: a fixed token the stand-ins can see arrive. */
@TestConfiguration(proxyBeanMethods = false)
public class StandInTokens {

    public static final String TOKEN = "dashboard-test-token";

    @Bean
    ServiceTokens serviceTokens() {
        return () -> TOKEN;
    }
}
