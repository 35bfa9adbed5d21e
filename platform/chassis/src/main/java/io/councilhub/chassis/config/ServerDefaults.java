package io.councilhub.chassis.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Web server settings every service starts with, below everything else: a service's {@code application.yml}, the
 * environment or the command line override any of them.
 * <ul>
 *   <li>{@code server.tomcat.max-keep-alive-requests}: 10,000 requests per connection instead of Tomcat's 100. The
 *   gateway calls a service over a few pooled keep-alive connections; at Tomcat's 100, one call in a hundred found
 *   its connection closed and paid for a new one (a TCP handshake and a new connection in both processes), which is
 *   exactly the slowest 1 %. A bound is kept so that a busy connection still moves, now and then, to another
 *   instance behind a load balancer.</li>
 * </ul>
 */
public final class ServerDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "councilhub-server-defaults";
    static final int MAX_KEEP_ALIVE_REQUESTS = 10_000;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                Map.of("server.tomcat.max-keep-alive-requests", MAX_KEEP_ALIVE_REQUESTS)));
    }
}
