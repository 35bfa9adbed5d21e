package io.councilhub.contracts.membership;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** 入会: a member organisation was admitted and is active from {@code admittedOn}. */
public record MemberAdmitted(String memberId, String name, MemberCategory category, LocalDate admittedOn)
        implements DomainEvent {

    public MemberAdmitted {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(admittedOn, "admittedOn");
    }

    @Override
    public String subject() {
        return memberId;
    }
}
