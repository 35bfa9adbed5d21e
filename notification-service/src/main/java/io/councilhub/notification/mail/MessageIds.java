package io.councilhub.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable Message-IDs: the same (kind, key, recipient) always gives the same id, so a message sent twice in the
 * unavoidable window between an SMTP accept and its record is visible to the receiver as a duplicate.
 */
public final class MessageIds {

    public static final String DOMAIN = "councilhub.local";

    private MessageIds() {
    }

    /** For example {@code of("newsletter", "issue-81", "a@example.jp")} gives {@code <3f2a...@councilhub.local>}. */
    public static String of(String kind, String key, String recipient) {
        require(kind, "kind");
        require(key, "key");
        require(recipient, "recipient");
        String material = kind + "\u0000" + key + "\u0000" + recipient.strip().toLowerCase(Locale.ROOT);
        return "<" + kind.replaceAll("[^A-Za-z0-9-]", "") + "." + sha256Prefix(material) + "@" + DOMAIN + ">";
    }

    public static String of(String kind, String key, MailAddress recipient) {
        return of(kind, key, recipient.address());
    }

    private static String sha256Prefix(String material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
