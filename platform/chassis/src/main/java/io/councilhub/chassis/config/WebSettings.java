package io.councilhub.chassis.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits on what a request may carry. */
@ConfigurationProperties("councilhub.web")
public record WebSettings(@DefaultValue("64KB") DataSize maxRequestBody) {
}
