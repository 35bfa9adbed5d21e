package io.councilhub.membership.sheet.web;

import io.councilhub.chassis.config.WebSettings;
import io.councilhub.chassis.web.RequestBodyLimitFilter;
import io.councilhub.membership.sheet.SheetSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Upload paths take files up to {@link SheetSettings#maxFileSize()}, every other request keeps the chassis'
 * JSON body limit ({@code councilhub.web.max-request-body}). The chassis registers one limit for all paths;
 * this swaps its filter for one that leaves the upload paths to a second, larger limit. (A per-path limit in
 * the chassis would make this class unnecessary.)
 */
@Configuration(proxyBeanMethods = false)
class UploadBodyLimits {

    private static final String CHASSIS_FILTER = "requestBodyLimitFilter";

    @Bean
    static BeanPostProcessor uploadPathsLeaveTheJsonLimit(ObjectProvider<SheetSettings> settings,
                                                          ObjectProvider<WebSettings> web) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (CHASSIS_FILTER.equals(beanName) && bean instanceof FilterRegistrationBean<?> registration
                        && registration.getFilter() instanceof RequestBodyLimitFilter) {
                    ((FilterRegistrationBean<RequestBodyLimitFilter>) registration)
                            .setFilter(new ExceptUploads(web.getObject().maxRequestBody().toBytes(), settings.getObject()));
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> uploadBodyLimit(SheetSettings settings) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(settings.maxFileSize().toBytes()));
        registration.setUrlPatterns(settings.uploadPaths());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The chassis limit for every path but the upload paths. */
    private static final class ExceptUploads extends RequestBodyLimitFilter {

        private final SheetSettings settings;

        ExceptUploads(long limit, SheetSettings settings) {
            super(limit);
            this.settings = settings;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return settings.uploadPaths().contains(request.getRequestURI());
        }
    }
}
