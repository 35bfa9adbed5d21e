package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.PersonalData;
import java.time.LocalDate;

/**
 * 参加者: a person taking part for a member organisation ({@code memberId}) or, in a working group with the chair's
 * {@code approval}, for a non-member (no member id). A participant who left keeps the entry with {@code leftOn}
 * and why ({@code leftReason}), so past years still show who took part.
 */
public record Participant(String id, String memberId, String organisation, String person, String role,
                          LocalDate joinedOn, LocalDate leftOn, String leftReason, ChairApproval approval) {

    public boolean isMember() {
        return memberId != null;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    Participant leave(LocalDate on, String reason) {
        return new Participant(id, memberId, organisation, person, role, joinedOn, on, reason, approval);
    }

    @Override
    public String toString() {
        return "Participant[id=" + id + ", memberId=" + memberId + ", organisation=" + organisation + ", person="
                + PersonalData.name(person) + ", role=" + role + ", joinedOn=" + joinedOn + ", leftOn=" + leftOn + "]";
    }
}
