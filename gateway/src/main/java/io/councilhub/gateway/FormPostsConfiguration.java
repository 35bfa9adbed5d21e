package io.councilhub.gateway;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gateway server webmvc's {@link FormFilter} rebuilds a form POST's body for the proxy and hands on a request whose
 * parameters are only the query string's. That is what a route to a service needs, but a dashboard form handled
 * here would see none of its fields; so the filter runs for the proxied paths ({@code /api/*}) only.
 */
@Configuration(proxyBeanMethods = false)
class FormPostsConfiguration {

    @Bean
    FilterRegistrationBean<FormFilter> formFilterForProxiedPathsOnly(FormFilter formFilter) {
        FilterRegistrationBean<FormFilter> registration = new FilterRegistrationBean<>(formFilter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(formFilter.getOrder());
        return registration;
    }
}
