package io.councilhub.gateway.apidocs;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The documentation's parts: the services' OpenAPI documents behind a time limit, and the event catalogue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocsSettings.class)
class DocsConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    ServiceApiDocs serviceApiDocs(GatewayMvcProperties gateway, DocsSettings settings) {
        return new ServiceApiDocs(gateway, settings, JSON);
    }

    @Bean
    EventCatalogueDocs eventCatalogueDocs(DocsSettings settings) {
        return new EventCatalogueDocs(JSON, settings.kafkaServers());
    }
}
