package io.councilhub.notification.notice;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.subscriber.Language;
import io.councilhub.notification.subscriber.Recipient;

/** Who a notice goes to: the address, the name to greet, the language; {@code listEntry} when it goes to a list's subscriber (then it carries the list headers). */
record NoticeRecipient(Email email, String name, Language language, Recipient listEntry) {

    static NoticeRecipient of(Email email, String name) {
        return new NoticeRecipient(email, name, Language.JA, null);
    }

    static NoticeRecipient of(Recipient entry) {
        return new NoticeRecipient(entry.email(), entry.name(), entry.language(), entry);
    }
}
