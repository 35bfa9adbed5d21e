package io.councilhub.membership.officer;

import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * Who is appointed to what: the role, the member organisation (by id) with its name as the roster prints
 * it, and the person's department, title and name. {@code organisation} may be left out; the roster then
 * prints the member's name on the roll.
 */
public record Appointment(OfficerRole role, String memberId, String organisation, String department, String title,
                          String personName) {

    public Appointment {
        if (role == null) {
            throw new InvalidFieldException("role", "must be one of PRESIDENT, VICE_PRESIDENT, CHIEF_SECRETARY, OFFICER, AUDITOR");
        }
        if (memberId == null || memberId.isBlank()) {
            throw new InvalidFieldException("memberId", "must name the member organisation");
        }
        if (personName == null || personName.isBlank()) {
            throw new InvalidFieldException("personName", "must not be blank");
        }
        memberId = memberId.strip();
        organisation = optional(organisation);
        department = optional(department);
        title = optional(title);
        personName = personName.strip();
    }

    /** The same appointment printed under {@code name}, where no organisation name was given. */
    public Appointment printedAs(String name) {
        return organisation != null ? this : new Appointment(role, memberId, name, department, title, personName);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
