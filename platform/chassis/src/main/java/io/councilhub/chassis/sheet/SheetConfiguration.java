package io.councilhub.chassis.sheet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sheets for every service: binds {@link SheetSettings} ({@code councilhub.sheet.*}), provides the
 * {@link SheetReader} and, in a servlet web application, {@link SheetUploads}. A too-large sheet is a 413 through
 * the chassis' problem advice.
 */
@AutoConfiguration
@EnableConfigurationProperties(SheetSettings.class)
public class SheetConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SheetReader sheetReader(SheetSettings settings) {
        return new SheetReader(settings);
    }

    /** Reading a sheet from a request, only where there is a servlet web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        @ConditionalOnMissingBean
        SheetUploads sheetUploads(SheetReader reader) {
            return new SheetUploads(reader);
        }
    }
}
