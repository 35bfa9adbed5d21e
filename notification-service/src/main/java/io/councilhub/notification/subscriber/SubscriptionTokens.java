package io.councilhub.notification.subscriber;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed, expiring tokens for links in mail: {@code <purpose>.<subscriberId>.<expiry epoch seconds>.<HMAC-SHA256>}.
 * They name a list entry by id (never the address, so URLs carry no personal data) and cannot be
 * forged or extended without the secret.
 */
@Component
class SubscriptionTokens {

    enum Purpose { CONFIRM, UNSUBSCRIBE }

    private static final Pattern SHAPE = Pattern.compile("^(CONFIRM|UNSUBSCRIBE)\\.([0-9a-f-]{36})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$");

    private final SecretKeySpec key;
    private final Clock clock;

    SubscriptionTokens(SubscriptionSettings settings) {
        this.key = new SecretKeySpec(settings.tokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = Clock.systemUTC();
    }

    String issue(Purpose purpose, String subscriberId, Instant expiresAt) {
        String payload = purpose.name() + "." + subscriberId + "." + expiresAt.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** The subscriber id the token was issued for, if it is well formed, signed by us, for this purpose and not expired. */
    Optional<String> verify(Purpose purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        var match = SHAPE.matcher(token.strip());
        if (!match.matches() || !match.group(1).equals(purpose.name())) {
            return Optional.empty();
        }
        String payload = match.group(1) + "." + match.group(2) + "." + match.group(3);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, match.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        if (!Instant.ofEpochSecond(Long.parseLong(match.group(3))).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(match.group(2));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 unavailable", impossible);
        }
    }
}
