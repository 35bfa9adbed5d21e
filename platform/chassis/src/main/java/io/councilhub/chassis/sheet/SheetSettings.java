package io.councilhub.chassis.sheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on uploaded sheets.
 *
 * @param maxFileSize the largest file accepted (413 above it)
 * @param maxRows     the most data rows a file may have (413 above it)
 */
@ConfigurationProperties("councilhub.sheet")
public record SheetSettings(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows) {
}
