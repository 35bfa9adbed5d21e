package io.councilhub.contracts.membership;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** 退会: a member organisation withdrew on {@code withdrawnOn}; it stays in past years' history. */
public record MemberWithdrawn(String memberId, String name, MemberCategory category, LocalDate withdrawnOn,
                              String reason) implements DomainEvent {

    public MemberWithdrawn {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    }

    @Override
    public String subject() {
        return memberId;
    }
}
