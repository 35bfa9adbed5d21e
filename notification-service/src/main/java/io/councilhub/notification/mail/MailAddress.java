package io.councilhub.notification.mail;

import io.councilhub.chassis.domain.Email;

/** An e-mail address with an optional display name (may be Japanese; encoded as UTF-8 on the wire). */
public record MailAddress(Email email, String displayName) {

    public MailAddress {
        if (email == null) {
            throw new IllegalArgumentException("email is required");
        }
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    public static MailAddress of(String email) {
        return new MailAddress(Email.of(email), null);
    }

    public static MailAddress of(String email, String displayName) {
        return new MailAddress(Email.of(email), displayName);
    }

    public String address() {
        return email.value();
    }
}
