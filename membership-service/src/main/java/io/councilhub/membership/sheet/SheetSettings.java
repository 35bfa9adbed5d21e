package io.councilhub.membership.sheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Bounds on uploaded sheets.
 *
 * @param maxFileSize the largest file accepted (413 above it)
 * @param maxRows     the most data rows a file may have (413 above it)
 * @param uploadPaths the request paths that take a sheet as their body: they get {@code maxFileSize} instead of
 *                    the chassis' JSON body limit
 */
@ConfigurationProperties("councilhub.sheet")
public record SheetSettings(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
                            @DefaultValue("/api/members/import") List<String> uploadPaths) {
}
