package io.councilhub.gateway.edge;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client the routes call the services with: Apache HttpClient 5 (Spring Boot picks it when it is on the class
 * path), blocking on the request's own thread, over pooled keep-alive connections. Its pool would allow only 5
 * connections per service by default, so concurrent calls beyond 5 would queue inside the gateway; it allows as many
 * as a service has request threads (Tomcat's 200).
 */
@Configuration(proxyBeanMethods = false)
class RouteClientConfiguration {

    static final int CONNECTIONS_PER_SERVICE = 200;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> routeConnectionPool() {
        return builder -> builder.withConnectionManagerCustomizer(pool -> pool
                .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                .setMaxConnTotal(CONNECTIONS_PER_SERVICE * 8));
    }
}
