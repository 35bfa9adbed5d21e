package io.councilhub.events.proposal;

import java.time.Instant;
import java.util.Objects;

/**
 * One voter's answer to one proposal: a choice (present or in writing), or a proxy ({@code delegate}: another
 * voter's member id, or {@link #CHAIR}) with no choice of its own. {@code recordedBy} is the token subject of
 * whoever entered it (the voter's own user, or the secretariat on its behalf).
 */
public record Ballot(String voterId, Choice choice, Attendance attendance, String delegate, String recordedBy,
                     Instant recordedAt) {

    /** The delegate of a proxy given to the chair (議長への委任). */
    public static final String CHAIR = "CHAIR";

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        Objects.requireNonNull(attendance, "attendance");
        if (attendance == Attendance.PROXY ? delegate == null || choice != null : choice == null || delegate != null) {
            throw new IllegalArgumentException("a proxy names a delegate and no choice; any other ballot a choice");
        }
    }

    static Ballot vote(String voterId, Choice choice, Attendance attendance, String recordedBy, Instant at) {
        return new Ballot(voterId, choice, attendance, null, recordedBy, at);
    }

    static Ballot proxy(String voterId, String delegate, String recordedBy, Instant at) {
        return new Ballot(voterId, null, Attendance.PROXY, delegate, recordedBy, at);
    }
}
