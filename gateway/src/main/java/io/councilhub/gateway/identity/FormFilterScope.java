package io.councilhub.gateway.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cloud Gateway's {@link FormFilter} turns a form post's body back into a body for the proxy and then hides
 * the form's fields from everything after it. That is right for the routed API, wrong for the gateway's own pages
 * (login, user management, the dashboard's forms): registering the same filter for {@code /api/*} only keeps
 * Spring Boot from registering it for every path.
 */
@Configuration(proxyBeanMethods = false)
class FormFilterScope {

    @Bean
    FilterRegistrationBean<FormFilter> formFilterOnTheApiOnly(ObjectProvider<FormFilter> formFilter) {
        FormFilter filter = formFilter.getIfAvailable();
        FilterRegistrationBean<FormFilter> registration = new FilterRegistrationBean<>(filter == null ? new FormFilter() : filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(filter == null ? FormFilter.FORM_FILTER_ORDER : filter.getOrder());
        registration.setEnabled(filter != null);
        return registration;
    }
}
