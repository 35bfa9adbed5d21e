package io.councilhub.chassis.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry: {@code maxRequestBody} for JSON and everything else,
 * {@code maxUploadBody} for a file upload (multipart, CSV or XLSX body), such as an import of the roll.
 */
@ConfigurationProperties("councilhub.web")
public record WebSettings(@DefaultValue("64KB") DataSize maxRequestBody, @DefaultValue("16MB") DataSize maxUploadBody) {
}
