package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;

import java.util.Objects;

/**
 * One active subscriber of a list as a sender needs it: the subscriber's id (for the unsubscribe
 * token), the address, the name to greet and the language to write in.
 */
public record Recipient(String subscriberId, MailingList list, Email email, String name, Language language) {

    public Recipient {
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(email, "email");
        language = language == null ? Language.JA : language;
        name = name == null ? "" : name;
    }
}
