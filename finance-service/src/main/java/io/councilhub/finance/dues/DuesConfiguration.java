package io.councilhub.finance.dues;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link DuesSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DuesSettings.class)
class DuesConfiguration {
}
