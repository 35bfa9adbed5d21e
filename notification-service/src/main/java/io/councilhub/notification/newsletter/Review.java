package io.councilhub.notification.newsletter;

import java.time.Instant;

/** A reviewer's word on an issue: approved, or changes requested, with a comment. */
public record Review(String reviewer, Verdict verdict, String comment, Instant at) {

    public enum Verdict { APPROVED, CHANGES_REQUESTED }
}
