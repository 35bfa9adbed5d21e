package io.councilhub.membership.sheet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SheetSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SheetSettings.class)
class SheetConfiguration {
}
