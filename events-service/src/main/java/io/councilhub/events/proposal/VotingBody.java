package io.councilhub.events.proposal;

import io.councilhub.events.meeting.MeetingKind;

import java.util.Optional;

/**
 * Who votes at a meeting: at a general or extraordinary assembly (総会) every active member organisation has one
 * vote; at the executive committee (幹事会) the adopted officers of the meeting's fiscal year vote. Other meetings
 * decide nothing and have no agenda of proposals.
 */
public enum VotingBody {
    ASSEMBLY,
    EXECUTIVE_COMMITTEE;

    public static Optional<VotingBody> of(MeetingKind kind) {
        return switch (kind) {
            case GENERAL_ASSEMBLY, EXTRAORDINARY_ASSEMBLY -> Optional.of(ASSEMBLY);
            case EXECUTIVE_COMMITTEE -> Optional.of(EXECUTIVE_COMMITTEE);
            default -> Optional.empty();
        };
    }
}
