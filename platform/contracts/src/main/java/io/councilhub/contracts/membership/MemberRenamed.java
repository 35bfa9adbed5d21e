package io.councilhub.contracts.membership;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/** A member organisation took a new name from {@code effectiveOn}; the old one stays in its history. */
public record MemberRenamed(String memberId, String previousName, String name, String nameKana, LocalDate effectiveOn)
        implements DomainEvent {

    public MemberRenamed {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    @Override
    public String subject() {
        return memberId;
    }
}
