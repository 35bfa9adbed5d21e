package io.councilhub.membership.contact.web;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.membership.contact.Contact;
import io.councilhub.membership.contact.ContactRole;

import java.util.List;

/** A contact person as the API shows it. Personal data: {@code toString} is masked. */
record ContactView(String id, String name, String department, String title, String email, String phone,
                   List<ContactRole> roles) {

    static ContactView of(Contact contact) {
        return new ContactView(contact.id(), contact.name(), contact.department(), contact.title(),
                contact.email().value(), contact.phone() == null ? null : contact.phone().value(),
                List.copyOf(contact.roles()));
    }

    ContactView withoutId() {
        return new ContactView(null, name, department, title, email, phone, roles);
    }

    @Override
    public String toString() {
        return "ContactView[id=" + id + ", name=" + PersonalData.name(name) + ", email=" + PersonalData.email(email)
                + ", phone=" + PersonalData.phone(phone) + ", roles=" + roles + "]";
    }
}
