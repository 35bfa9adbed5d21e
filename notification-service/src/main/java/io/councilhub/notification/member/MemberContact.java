package io.councilhub.notification.member;

import java.util.List;

/** One contact person of a member organisation, as the last MemberContactsChanged named them. Personal data. */
public record MemberContact(String contactId, String name, String department, String title, String email,
                            List<String> roles) {

    public MemberContact {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean has(ContactRole role) {
        return roles.contains(role.name());
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
