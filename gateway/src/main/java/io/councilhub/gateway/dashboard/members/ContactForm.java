package io.councilhub.gateway.dashboard.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact person as the contact forms post it (the secretariat's member page and the member portal); membership-service
 * checks it and names the field it refuses.
 *
 * @param roles PRIMARY, BILLING and/or NEWSLETTER, one checkbox each
 */
public record ContactForm(String name, String department, String title, String email, String phone, List<String> roles) {

    public static final List<String> ROLES = List.of("PRIMARY", "BILLING", "NEWSLETTER");

    public ContactForm {
        roles = roles == null ? List.of() : roles.stream().filter(ROLES::contains).distinct().toList();
    }

    public static ContactForm empty() {
        return new ContactForm(null, null, null, null, null, List.of());
    }

    static ContactForm of(MembersApi.Contact contact) {
        return new ContactForm(contact.name(), contact.department(), contact.title(), contact.email(), contact.phone(),
                contact.roles());
    }

    /** Every role a contact may have, in the order the form offers them. */
    public List<String> allRoles() {
        return ROLES;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The body of {@code POST /api/members/{id}/contacts} and {@code PUT .../contacts/{contactId}}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", MemberForms.blankToNull(name));
        body.put("department", MemberForms.blankToNull(department));
        body.put("title", MemberForms.blankToNull(title));
        body.put("email", MemberForms.blankToNull(email));
        body.put("phone", MemberForms.blankToNull(phone));
        body.put("roles", new ArrayList<>(roles));
        return body;
    }
}
