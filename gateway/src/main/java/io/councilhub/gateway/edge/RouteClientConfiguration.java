package io.councilhub.gateway.edge;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client the gateway calls the services with: Apache HttpClient 5 (Spring Boot picks it when it is on the class
 * path), blocking on the request's own thread, over pooled keep-alive connections.
 * <ul>
 *   <li>Its pool would allow only 5 connections per service by default, so concurrent calls beyond 5 would queue
 *   inside the gateway; it allows as many as a service has request threads (Tomcat's 200).</li>
 *   <li>It is a proxy's client, so it keeps nothing between calls and changes nothing in them: no cookie store (one
 *   client serves every user: a cookie a service set for one call would ride along on everyone's next), no
 *   following of redirects (the caller gets the 3xx), no transparent decompression (the body passes as sent), no
 *   automatic retry (a POST is never sent twice).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RouteClientConfiguration {

    static final int CONNECTIONS_PER_SERVICE = 200;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> routeClient() {
        return builder -> builder
                .withConnectionManagerCustomizer(pool -> pool
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(CONNECTIONS_PER_SERVICE * 8))
                .withHttpClientCustomizer(client -> client
                        .disableCookieManagement()
                        .disableRedirectHandling()
                        .disableContentCompression()
                        .disableAutomaticRetries());
    }
}
