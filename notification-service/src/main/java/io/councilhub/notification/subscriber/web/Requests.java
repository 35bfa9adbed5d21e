package io.councilhub.notification.subscriber.web;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.notification.subscriber.Language;
import io.councilhub.notification.subscriber.MailingList;

/** Parsing of request values into the domain's, as 400s naming the field. */
final class Requests {

    private Requests() {
    }

    static Email email(String value) {
        try {
            return Email.of(value);
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            throw new InvalidFieldException("email", "メールアドレスの形式ではありません (not an e-mail address)");
        }
    }

    static MailingList list(String value) {
        try {
            return MailingList.fromSlug(value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException("list", "newsletter, members, officers のいずれかです (one of newsletter, members, officers)");
        }
    }

    static Language language(String value) {
        if (value == null || value.isBlank()) {
            return Language.JA;
        }
        return switch (value.strip().toLowerCase()) {
            case "ja" -> Language.JA;
            case "en" -> Language.EN;
            default -> throw new InvalidFieldException("language", "ja か en です (ja or en)");
        };
    }
}
