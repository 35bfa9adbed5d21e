package io.councilhub.events.voter;

import java.util.List;
import java.util.Objects;

/**
 * One who may vote: a member organisation ({@code memberId}, its name) and, at the executive committee, the
 * officers it is represented by ({@code personNames}; empty at an assembly, where the organisation votes).
 */
public record Voter(String memberId, String name, List<String> personNames) {

    public Voter {
        Objects.requireNonNull(memberId, "memberId");
        personNames = personNames == null ? List.of() : List.copyOf(personNames);
    }
}
