package io.councilhub.events.registration;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * Who registers: a member organisation's person ({@code memberId} set) or, for a public meeting, anyone. Name and
 * e-mail are personal data: {@link #toString()} masks them, and they are never logged.
 */
public record Registrant(String memberId, String name, String organisation, OrganisationKind organisationKind,
                         Email email, boolean observer) {

    public Registrant {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        if (email == null) {
            throw new InvalidFieldException("email", "must not be null");
        }
        name = name.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (organisationKind == null) {
            organisationKind = organisation == null ? OrganisationKind.INDIVIDUAL : OrganisationKind.ORGANISATION;
        }
    }

    @Override
    public String toString() {
        return "Registrant[memberId=" + memberId + ", name=" + PersonalData.mask(name) + ", organisation=" + organisation
                + ", email=" + email.masked() + ", observer=" + observer + "]";
    }
}
