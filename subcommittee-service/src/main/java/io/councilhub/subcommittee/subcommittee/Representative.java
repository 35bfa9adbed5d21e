package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * 代表者: a member organisation (by member id, and its name as the papers print it) and the person who represents
 * the subcommittee for it, with the person's title. Names of representatives are printed in the packet; they are
 * not treated as contact data.
 */
public record Representative(String memberId, String organisation, String person, String title) {

    public Representative {
        memberId = required(memberId, "representative.memberId");
        organisation = required(organisation, "representative.organisation");
        person = required(person, "representative.person");
        title = title == null || title.isBlank() ? null : title.strip();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return value.strip();
    }
}
