package io.councilhub.membership.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a decision on a member was taken: by the secretariat directly, or by a proposal (議案) a meeting
 * approved or rejected, with the date it took effect and, for a rejection, the reason.
 */
public record Decision(LocalDate on, DecidedBy by, String proposalId, String reason) {

    public Decision {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(by, "by");
        if (by == DecidedBy.PROPOSAL && (proposalId == null || proposalId.isBlank())) {
            throw new IllegalArgumentException("a decision by proposal names the proposal");
        }
    }

    public static Decision bySecretariat(LocalDate on) {
        return new Decision(on, DecidedBy.SECRETARIAT, null, null);
    }

    public static Decision bySecretariat(LocalDate on, String reason) {
        return new Decision(on, DecidedBy.SECRETARIAT, null, reason);
    }

    public static Decision byProposal(LocalDate on, String proposalId, String reason) {
        return new Decision(on, DecidedBy.PROPOSAL, proposalId, reason);
    }

    /** Who decided: 事務局 or 議案 (a meeting's vote). */
    public enum DecidedBy {
        SECRETARIAT,
        PROPOSAL
    }
}
