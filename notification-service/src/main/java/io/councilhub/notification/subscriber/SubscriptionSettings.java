package io.councilhub.notification.subscriber;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * How subscription links look and how long they hold. {@code publicBaseUrl} is where subscribers
 * reach the public API (through the gateway; https in production); {@code tokenSecret} signs every
 * confirmation and unsubscribe token (HMAC-SHA256) and comes from the environment in production
 * ({@code NOTIFICATION_TOKEN_SECRET}); the local default says it is local. {@code listIdDomain} ends
 * every List-Id ({@code <newsletter.lists.councilhub.localhost>}); {@code fromAddress}/{@code fromName}
 * is who list and notice mail comes from.
 */
@ConfigurationProperties("councilhub.notification")
public record SubscriptionSettings(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("local-only-subscription-token-secret-changeit") String tokenSecret,
        @DefaultValue("P2D") Duration confirmationValidity,
        @DefaultValue("P180D") Duration unsubscribeValidity,
        @DefaultValue("lists.councilhub.localhost") String listIdDomain,
        @DefaultValue("no-reply@councilhub.localhost") String fromAddress,
        @DefaultValue("councilhub 事務局") String fromName) {

    public SubscriptionSettings {
        if (tokenSecret == null || tokenSecret.length() < 16) {
            throw new IllegalArgumentException("councilhub.notification.token-secret must be at least 16 characters");
        }
        String base = publicBaseUrl.toString();
        if (base.endsWith("/")) {
            publicBaseUrl = URI.create(base.substring(0, base.length() - 1));
        }
    }
}
