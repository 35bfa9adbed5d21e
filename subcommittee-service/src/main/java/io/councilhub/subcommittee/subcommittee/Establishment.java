package io.councilhub.subcommittee.subcommittee;

import java.time.LocalDate;

/** Who established a subcommittee and when: the secretariat, or a meeting's approved proposal (its id). */
public record Establishment(LocalDate on, By by, String proposalId) {

    public enum By { SECRETARIAT, PROPOSAL }

    static Establishment bySecretariat(LocalDate on) {
        return new Establishment(on, By.SECRETARIAT, null);
    }

    static Establishment byProposal(LocalDate on, String proposalId) {
        return new Establishment(on, By.PROPOSAL, proposalId);
    }
}
