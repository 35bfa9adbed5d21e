package io.councilhub.membership.member;

import java.time.LocalDate;

/** A name a member organisation went by until {@code until} (the day before its next name took effect). */
public record FormerName(String name, String nameKana, LocalDate until) {
}
