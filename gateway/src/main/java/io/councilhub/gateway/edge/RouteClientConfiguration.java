package io.councilhub.gateway.edge;

import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

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
 *   <li>A pooled connection idle for 900 ms is closed in the background, before it is due for HttpClient's stale
 *   check at 2 s. That check reads from the connection and, on a healthy one, waits a millisecond for nothing; with
 *   the pool handing out its most recently used connection first, the connections beyond the first two are nearly
 *   always past 2 s, so every call that needed one after a pause in traffic paid that millisecond (at 500 calls/s,
 *   10 % of routed calls took over 1 ms, 3.5 % with the idle close). A new connection on loopback costs less. No
 *   connection is used after a longer idle than before, so a restarted service is found out as before.</li>
 *   <li>Its calls are not observed as client calls: the gateway's {@code http.server.requests} already times each
 *   routed call, status and route included, and each service times its own side.</li>
 *   <li>Headers pass through {@link ProxiedHeaders}, one copy each way.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RouteClientConfiguration {

    static final int CONNECTIONS_PER_SERVICE = 200;
    /** A pooled connection idle this long is checked before it is used again (HttpClient's default, stated). */
    static final TimeValue CHECKED_AFTER_IDLE = TimeValue.ofSeconds(2);
    /**
     * A pooled connection idle this long is closed in the background (the evictor looks every as often), so no
     * connection reaches {@link #CHECKED_AFTER_IDLE}: at most 2 × 900 ms idle.
     */
    static final TimeValue CLOSED_AFTER_IDLE = TimeValue.ofMilliseconds(900);
    /** Ahead of the actuator's endpoint mapping (-100). */
    static final int ROUTES_ORDER = -200;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> routeClient() {
        return builder -> builder
                .withConnectionManagerCustomizer(pool -> pool
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(CONNECTIONS_PER_SERVICE * 8))
                .withConnectionConfigCustomizer(connection -> connection
                        .setValidateAfterInactivity(CHECKED_AFTER_IDLE))
                .withHttpClientCustomizer(client -> client
                        .evictIdleConnections(CLOSED_AFTER_IDLE)
                        .disableCookieManagement()
                        .disableRedirectHandling()
                        .disableContentCompression()
                        .disableAutomaticRetries());
    }

    /**
     * Spring Cloud Gateway's own exchange (it would build the same from the same builder), without an observation
     * registry. A client observation per routed call measured nothing the server observation does not, and its work
     * (a context, a name and tags for every call) showed in the gateway's profile. The dashboard's own calls to the
     * services keep theirs.
     */
    @Bean
    ProxyExchange routeExchange(RestClient.Builder builder, GatewayMvcProperties properties) {
        return new RestClientProxyExchange(builder.observationRegistry(ObservationRegistry.NOOP).build(), properties);
    }

    /**
     * The routes are looked up first. Spring MVC asks its handler mappings in order, and the actuator's endpoint
     * mapping (order -100) came before the routes' (-1): every routed call was first tried against the pattern of each
     * actuator endpoint, about 5 % of the gateway's CPU per call. No route matches {@code /actuator/**}, and the
     * gateway's own controllers (order 0) came after the routes already, so nothing else changes.
     */
    @Bean
    static BeanPostProcessor routesFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RouterFunctionMapping routes) {
                    routes.setOrder(ROUTES_ORDER);
                }
                return bean;
            }
        };
    }

    /**
     * The handler of every route ({@code HandlerFunctions.http()} looks it up), with {@link ProxiedHeaders} as its
     * only header filters in place of Spring Cloud Gateway's seven.
     */
    @Bean
    ProxyExchangeHandlerFunction proxyExchangeHandlerFunction(ProxyExchange routeExchange) {
        return new ProxyExchangeHandlerFunction(routeExchange, ProxiedHeaders.only(ProxiedHeaders.TO_SERVICE),
                ProxiedHeaders.only(ProxiedHeaders.TO_CALLER));
    }
}
