package io.councilhub.subcommittee.subcommittee;

import java.time.LocalDate;

/** A name a subcommittee went by from {@code from} until {@code until} (inclusive; null while it is the current name). */
public record NameInForce(String name, LocalDate from, LocalDate until) {

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
