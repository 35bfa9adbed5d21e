package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.Email;
import io.councilhub.contracts.membership.MemberContactsChanged;
import org.springframework.data.annotation.PersistenceCreator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One contact person (担当者) of a member organisation: name, department, title, e-mail, phone and roles.
 * Immutable; keeps its id while the person stays in the list. Personal data: {@code toString} is masked.
 */
public final class Contact {

    private final String contactId;
    private final String name;
    private final String department;
    private final String title;
    private final String email;
    private final String phone;
    private final List<ContactRole> roles;

    @PersistenceCreator
    Contact(String contactId, String name, String department, String title, String email, String phone,
            List<ContactRole> roles) {
        this.contactId = Objects.requireNonNull(contactId, "contactId");
        this.name = name;
        this.department = department;
        this.title = title;
        this.email = email;
        this.phone = phone;
        this.roles = roles == null || roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }

    static Contact of(ContactDraft draft) {
        return of(UUID.randomUUID().toString(), draft);
    }

    static Contact of(String contactId, ContactDraft draft) {
        return new Contact(contactId, draft.name(), draft.department(), draft.title(), draft.email().value(),
                draft.phone() == null ? null : draft.phone().value(), List.copyOf(draft.roles()));
    }

    /** This contact with the details of {@code draft}, keeping its id. */
    Contact with(ContactDraft draft) {
        return of(contactId, draft);
    }

    /** As a draft, e.g. to change one field and put it back. */
    public ContactDraft toDraft() {
        return new ContactDraft(contactId, name, department, title, email(), phone(), roles());
    }

    /** The fields that differ from {@code other}, in the order of the sheet's columns. */
    List<FieldChange> changesTo(Contact other) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", name, other.name);
        compare(changes, "department", department, other.department);
        compare(changes, "title", title, other.title);
        compare(changes, "email", email, other.email);
        compare(changes, "phone", phone, other.phone);
        compare(changes, "roles", rolesText(), other.rolesText());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    /** The e-mail address as the list compares it: case does not make another person. */
    String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    boolean has(ContactRole role) {
        return roles.contains(role);
    }

    /** How the event carries this contact: everything but the phone number. */
    MemberContactsChanged.Contact toEvent() {
        return new MemberContactsChanged.Contact(contactId, name, department, title, email,
                roles.stream().map(Enum::name).toList());
    }

    public String id() {
        return contactId;
    }

    public String name() {
        return name;
    }

    public String department() {
        return department;
    }

    public String title() {
        return title;
    }

    public Email email() {
        return new Email(email);
    }

    /** The phone number, or null when none is known. */
    public PhoneNumber phone() {
        return phone == null ? null : new PhoneNumber(phone);
    }

    public Set<ContactRole> roles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The roles as a sheet cell prints them: {@code PRIMARY|NEWSLETTER}, or null. */
    public String rolesText() {
        return roles.isEmpty() ? null : roles.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Contact that && contactId.equals(that.contactId) && changesTo(that).isEmpty();
    }

    @Override
    public int hashCode() {
        return contactId.hashCode();
    }

    @Override
    public String toString() {
        return "Contact[id=" + contactId + ", name=" + PersonalData.name(name) + ", email=" + PersonalData.email(email)
                + ", phone=" + PersonalData.phone(phone) + ", roles=" + roles + "]";
    }
}
