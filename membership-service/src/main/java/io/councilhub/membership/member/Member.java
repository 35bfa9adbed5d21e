package io.councilhub.membership.member;

import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member organisation of the council. Admitted on a date (active from then), withdrawn on a date
 * with a reason; a withdrawn member stays on record for past years. Every change records its event.
 */
@Document("members")
public class Member extends OutboxAggregate {

    @Id
    private String id;
    private String name;
    @Indexed
    private MemberCategory category;
    @Indexed
    private MemberStatus status;
    private LocalDate admittedOn;
    private LocalDate withdrawnOn;
    private String withdrawalReason;

    private Member() {
    }

    /** 入会: admits an organisation directly (by the secretariat), active from {@code admittedOn}. */
    public static Member admit(String name, MemberCategory category, LocalDate admittedOn) {
        Member member = new Member();
        member.id = UUID.randomUUID().toString();
        member.name = requireText(name, "name");
        member.category = Objects.requireNonNull(category, "category");
        member.admittedOn = Objects.requireNonNull(admittedOn, "admittedOn");
        member.status = MemberStatus.ACTIVE;
        member.record(new MemberAdmitted(member.id, member.name, category, admittedOn));
        return member;
    }

    /** 退会: withdraws the organisation on {@code on}; a member withdraws once. */
    public void withdraw(LocalDate on, String reason) {
        if (status == MemberStatus.WITHDRAWN) {
            throw new RuleViolationException("member-already-withdrawn",
                    name + " withdrew on " + withdrawnOn + " already");
        }
        if (on.isBefore(admittedOn)) {
            throw new InvalidFieldException("withdrawnOn", "must not be before the admission on " + admittedOn);
        }
        withdrawnOn = on;
        withdrawalReason = reason;
        status = MemberStatus.WITHDRAWN;
        record(new MemberWithdrawn(id, name, category, on, reason));
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return value.strip();
    }

    public MemberId id() {
        return new MemberId(id);
    }

    public String name() {
        return name;
    }

    public MemberCategory category() {
        return category;
    }

    public MemberStatus status() {
        return status;
    }

    public LocalDate admittedOn() {
        return admittedOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
