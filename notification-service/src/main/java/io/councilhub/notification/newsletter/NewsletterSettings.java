package io.councilhub.notification.newsletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newsletter's public face: {@code publicBaseUrl} is where readers reach the archive (through the
 * gateway; https in production), {@code from} and {@code fromName} the sender, {@code font} an optional
 * TrueType file for the PDF (default: the IPAex Gothic on the classpath).
 */
@ConfigurationProperties("councilhub.newsletter")
public record NewsletterSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl,
                                 @DefaultValue("newsletter@councilhub.localhost") String from,
                                 @DefaultValue("千葉県地域IT化推進協議会") String fromName,
                                 String font) {

    public NewsletterSettings {
        if (publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
        }
    }
}
