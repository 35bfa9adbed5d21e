package io.councilhub.gateway.edge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the edge filters as plain servlet filters with explicit orders, ahead of everything that does real work:
 * Spring Boot's form-content filter (-9900), Spring Security's filter chain (-100, {@code SecurityProperties
 * .DEFAULT_FILTER_ORDER}) and the DispatcherServlet with the gateway's routes. So they behave the same with or without
 * Spring Security, and a refused request costs neither a token check nor a session lookup.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitSettings.class, BodyLimitSettings.class})
class EdgeConfiguration {

    /** Right after character encoding and request observation (HIGHEST_PRECEDENCE, +1). */
    static final int RATE_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 11;

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(settings, System::nanoTime));
        registration.setOrder(RATE_LIMIT_ORDER);
        registration.setName("councilhubRateLimitFilter");
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimitSettings settings) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(settings));
        registration.setOrder(BODY_LIMIT_ORDER);
        registration.setName("councilhubBodyLimitFilter");
        return registration;
    }
}
