package io.councilhub.membership.officer;

/**
 * One line of a roster: the appointment, the change reason in force ({@code reason}) and the one the rule
 * proposes ({@code proposedReason}; they differ only when staff overrode it, {@code reasonOverridden}),
 * and whether the member organisation has withdrawn ({@code memberWithdrawn}: the entry must go before
 * the roster can be adopted).
 */
public record OfficerEntry(String id, OfficerRole role, String memberId, String organisation, String department,
                           String title, String personName, ChangeReason reason, ChangeReason proposedReason,
                           boolean reasonOverridden, boolean memberWithdrawn) {

    static OfficerEntry of(String id, Appointment appointment) {
        return new OfficerEntry(id, appointment.role(), appointment.memberId(), appointment.organisation(),
                appointment.department(), appointment.title(), appointment.personName(), null, null, false, false);
    }

    /** The appointment this entry records. */
    public Appointment appointment() {
        return new Appointment(role, memberId, organisation, department, title, personName);
    }

    OfficerEntry reappointed(Appointment appointment) {
        return new OfficerEntry(id, appointment.role(), appointment.memberId(), appointment.organisation(),
                appointment.department(), appointment.title(), appointment.personName(), reason, proposedReason,
                reasonOverridden, memberWithdrawn);
    }

    /** Takes the proposal; an overridden reason stays as staff set it. */
    OfficerEntry proposed(ChangeReason proposal) {
        return new OfficerEntry(id, role, memberId, organisation, department, title, personName,
                reasonOverridden ? reason : proposal, proposal, reasonOverridden, memberWithdrawn);
    }

    OfficerEntry overridden(ChangeReason chosen) {
        return new OfficerEntry(id, role, memberId, organisation, department, title, personName, chosen,
                proposedReason, true, memberWithdrawn);
    }

    OfficerEntry proposalRestored() {
        return new OfficerEntry(id, role, memberId, organisation, department, title, personName, proposedReason,
                proposedReason, false, memberWithdrawn);
    }

    OfficerEntry withdrawn(boolean withdrawn) {
        return new OfficerEntry(id, role, memberId, organisation, department, title, personName, reason,
                proposedReason, reasonOverridden, withdrawn);
    }
}
