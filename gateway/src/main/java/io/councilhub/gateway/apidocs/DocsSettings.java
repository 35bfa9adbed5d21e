package io.councilhub.gateway.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The documentation's settings ({@code councilhub.gateway.docs}): how long a service may take to hand over its
 * {@code /v3/api-docs} before the gateway answers 503, and the Kafka bootstrap servers the AsyncAPI document names.
 */
@ConfigurationProperties("councilhub.gateway.docs")
record DocsSettings(@DefaultValue("3s") Duration timeout, @DefaultValue("localhost:9092") String kafkaServers) {
}
