package io.councilhub.contracts.membership;

import io.councilhub.contracts.DomainEvent;

import java.util.List;
import java.util.Objects;

/**
 * The contact people of a member organisation changed (for example the April personnel change).
 * Carries the whole new list, so a consumer replaces what it kept. Contains personal data.
 */
public record MemberContactsChanged(String memberId, List<Contact> contacts) implements DomainEvent {

    public MemberContactsChanged {
        Objects.requireNonNull(memberId, "memberId");
        contacts = List.copyOf(contacts);
    }

    @Override
    public String subject() {
        return memberId;
    }

    /** One contact person and the roles they have for the member (PRIMARY, BILLING, NEWSLETTER). */
    public record Contact(String contactId, String name, String department, String title, String email,
                          List<String> roles) {

        public Contact {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
