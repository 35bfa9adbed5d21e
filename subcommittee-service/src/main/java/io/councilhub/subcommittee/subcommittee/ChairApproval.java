package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.InvalidFieldException;

import java.time.LocalDate;

/** 会長の承認: the chair's approval for a non-member to take part in a working group: who approved it, and when. */
public record ChairApproval(String approvedBy, LocalDate approvedOn) {

    public ChairApproval {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new InvalidFieldException("approval.approvedBy", "must not be blank");
        }
        if (approvedOn == null) {
            throw new InvalidFieldException("approval.approvedOn", "must not be null");
        }
        approvedBy = approvedBy.strip();
    }
}
