package io.councilhub.subcommittee.subcommittee;

import java.time.LocalDate;

/** A representative the subcommittee had until {@code until}, and why it ended (交代, 退会). */
public record FormerRepresentative(Representative representative, LocalDate until, String reason) {
}
