package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A contact person as someone wants them to be: from a request or a row of the personnel-change sheet.
 * {@code contactId} names the existing contact it updates, or is null (matched by e-mail, then by name).
 * Names are stored with their spaces normalised (大塚　信之 and 大塚 信之 are the same person).
 */
public record ContactDraft(String contactId, String name, String department, String title, Email email,
                           PhoneNumber phone, Set<ContactRole> roles) {

    static final int MAX_NAME = 100;
    static final int MAX_DEPARTMENT = 200;
    static final int MAX_TITLE = 100;

    public ContactDraft {
        name = name(name);
        department = department(department);
        title = title(title);
        if (email == null) {
            throw new InvalidFieldException("email", "must not be blank");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public static ContactDraft of(String name, String department, String title, Email email, PhoneNumber phone,
                                  Collection<ContactRole> roles) {
        return new ContactDraft(null, name, department, title, email, phone,
                roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    /** The same person updating the contact {@code id}. */
    public ContactDraft forContact(String id) {
        return new ContactDraft(id, name, department, title, email, phone, roles);
    }

    /** A contact's name as stored: spaces normalised; required, at most {@value #MAX_NAME} characters. */
    public static String name(String name) {
        return required(normalise(name), "name", MAX_NAME);
    }

    /** A department as stored: spaces normalised, blank is null, at most {@value #MAX_DEPARTMENT} characters. */
    public static String department(String department) {
        return optional(normalise(department), "department", MAX_DEPARTMENT);
    }

    /** A title as stored: spaces normalised, blank is null, at most {@value #MAX_TITLE} characters. */
    public static String title(String title) {
        return optional(normalise(title), "title", MAX_TITLE);
    }

    /** Full-width spaces to ASCII ones, runs of spaces to one, stripped; blank is null. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String value = text.replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
        return value.isEmpty() ? null : value;
    }

    private static String required(String value, String field, int max) {
        if (value == null) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return optional(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ContactDraft[contactId=" + contactId + ", name=" + PersonalData.name(name) + ", email="
                + (email == null ? null : email.masked()) + ", phone=" + (phone == null ? null : phone.masked())
                + ", roles=" + roles + "]";
    }
}
