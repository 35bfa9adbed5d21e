package io.councilhub.events.voter;

import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A member organisation as the voter roll knows it from membership's events: admitted on a date, withdrawn on
 * a date. Written only by {@link VoterRoll}'s idempotent updates; read here.
 */
@Document("voterRollMembers")
class RollMember {

    @Id
    private String id;
    private String name;
    private MemberCategory category;
    private LocalDate admittedOn;
    private LocalDate withdrawnOn;

    private RollMember() {
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    MemberCategory category() {
        return category;
    }

    LocalDate admittedOn() {
        return admittedOn;
    }

    LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    /** Admitted on or before {@code day} and not withdrawn by then (a withdrawal takes effect on its date). */
    boolean activeOn(LocalDate day) {
        return admittedOn != null && !admittedOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
