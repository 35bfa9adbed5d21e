package io.councilhub.contracts.membership;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 入会申込: an organisation applied to join; {@code memberId} is the application, which MemberAdmitted
 * later carries when it is admitted (directly or by a MEMBER_ADMISSION proposal).
 */
public record MemberApplied(String memberId, String name, MemberCategory category, LocalDate appliedOn)
        implements DomainEvent {

    public MemberApplied {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(appliedOn, "appliedOn");
    }

    @Override
    public String subject() {
        return memberId;
    }
}
