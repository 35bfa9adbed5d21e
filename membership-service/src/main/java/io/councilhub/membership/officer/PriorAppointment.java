package io.councilhub.membership.officer;

/** A line of last year's roster, as a draft keeps it to propose change reasons against. */
public record PriorAppointment(OfficerRole role, String memberId, String organisation, String department,
                               String personName) {

    static PriorAppointment of(OfficerEntry entry) {
        return new PriorAppointment(entry.role(), entry.memberId(), entry.organisation(), entry.department(),
                entry.personName());
    }
}
