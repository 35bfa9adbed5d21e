package io.councilhub.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be at the gateway ({@code councilhub.gateway.limits}): {@code maxRequestBody} for JSON
 * and every other body, {@code maxUploadBody} for a file upload (multipart, CSV, TSV, XLSX or octet-stream), the same
 * limits the services apply (chassis {@code councilhub.web.*}), so an oversized body never travels to a service.
 */
@ConfigurationProperties("councilhub.gateway.limits")
record BodyLimitSettings(@DefaultValue("64KB") DataSize maxRequestBody, @DefaultValue("16MB") DataSize maxUploadBody) {
}
