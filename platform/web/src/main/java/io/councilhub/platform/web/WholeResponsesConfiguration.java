package io.councilhub.platform.web;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Whole answers ({@link WholeResponseFilter}) in the gateway and every service, first of all filters; off with
 * {@code councilhub.web.whole-responses=false} (Tomcat's 8 KiB buffer and Spring's flushes, as before).
 * <p>
 * Tomcat also writes to a socket through a buffer of its own, 8 KiB unless told ({@code socket.appWriteBufSize}),
 * and cuts a larger write into pieces of that size: it is raised to the response buffer's size, so that a whole
 * answer is one write.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "councilhub.web.whole-responses", matchIfMissing = true)
public class WholeResponsesConfiguration {

    @Bean
    FilterRegistrationBean<WholeResponseFilter> wholeResponseFilter() {
        FilterRegistrationBean<WholeResponseFilter> registration = new FilterRegistrationBean<>(new WholeResponseFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("councilhubWholeResponseFilter");
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Connector.class, ConfigurableTomcatWebServerFactory.class})
    static class TomcatSocketWrites {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> wholeResponseSocketWrites() {
            return factory -> factory.addConnectorCustomizers(connector ->
                    connector.setProperty("socket.appWriteBufSize", String.valueOf(WholeResponseFilter.BUFFER_SIZE)));
        }
    }
}
