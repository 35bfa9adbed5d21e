package io.councilhub.gateway.dashboard;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's {@link FormFilter} turns a form post's parameters back into a body for the proxied API
 * routes, and hides them from {@code getParameter} while doing so; the dashboard's own forms need them as
 * parameters. So the filter is registered for {@code /api/*} only
 * ({@code spring.cloud.gateway.server.webmvc.form-filter.enabled=false} turns off the global one).
 */
@Configuration(proxyBeanMethods = false)
class DashboardForms {

    @Bean
    FilterRegistrationBean<FormFilter> apiFormFilter() {
        FilterRegistrationBean<FormFilter> registration = new FilterRegistrationBean<>(new FormFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(FormFilter.FORM_FILTER_ORDER);
        return registration;
    }
}
