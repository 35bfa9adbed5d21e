package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * 庶務・会計担当者: the person who keeps a subcommittee's administration and accounts, for a member organisation
 * (its name as printed): address, phone, fax, e-mail. Personal data: only the secretariat, officers and the
 * subcommittee's own organisations see it, and {@code toString} is masked.
 */
public record AdministrativeContact(String organisation, String person, String address, String phone, String fax,
                                    String email) {

    private static final Pattern PHONE = Pattern.compile("0[0-9]*(-[0-9]+)*");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−ー－ｰ]");

    public AdministrativeContact {
        organisation = optional(organisation);
        if (person == null || person.isBlank()) {
            throw new InvalidFieldException("contact.person", "must not be blank");
        }
        person = person.strip();
        address = optional(address);
        phone = phone(phone, "contact.phone");
        fax = phone(fax, "contact.fax");
        if (email != null && !email.isBlank()) {
            try {
                email = Email.of(email).value();
            } catch (IllegalArgumentException notAnAddress) {
                throw new InvalidFieldException("contact.email", "is not an e-mail address");
            }
        } else {
            email = null;
        }
    }

    /** A Japanese number: 10 or 11 digits starting with 0, optional hyphens; full-width forms are taken as ASCII. */
    private static String phone(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String number = DASHES.matcher(Normalizer.normalize(value.strip(), Normalizer.Form.NFKC)).replaceAll("-");
        int digits = number.replace("-", "").length();
        if (!PHONE.matcher(number).matches() || digits < 10 || digits > 11) {
            throw new InvalidFieldException(field, "must be a Japanese number of 10 or 11 digits starting with 0, such as 043-000-0000");
        }
        return number;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "AdministrativeContact[organisation=" + organisation + ", person=" + PersonalData.name(person)
                + ", address=" + PersonalData.text(address) + ", phone=" + PersonalData.phone(phone) + ", fax="
                + PersonalData.phone(fax) + ", email=" + PersonalData.email(email) + "]";
    }
}
