package io.councilhub.events.registration;

import io.councilhub.contracts.membership.MemberCategory;

/**
 * How the packet counts attendees' organisations: 自治体 (the prefecture and municipalities) and 団体 (companies,
 * universities, associations); a person without an organisation is counted only as a person.
 */
public enum OrganisationKind {
    LOCAL_GOVERNMENT,
    ORGANISATION,
    INDIVIDUAL;

    public static OrganisationKind of(MemberCategory category) {
        return category == MemberCategory.PREFECTURE || category == MemberCategory.MUNICIPALITY
                ? LOCAL_GOVERNMENT : ORGANISATION;
    }
}
