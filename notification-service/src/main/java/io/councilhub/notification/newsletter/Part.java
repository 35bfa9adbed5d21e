package io.councilhub.notification.newsletter;

import io.councilhub.chassis.domain.InvalidFieldException;

/** One part of an issue (第1部 パソコン活用, 第2部 用語・IT動向): a heading and its body in Markdown. */
public record Part(String heading, String markdown) {

    public Part {
        if (heading == null || heading.isBlank()) {
            throw new InvalidFieldException("parts.heading", "must not be blank");
        }
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidFieldException("parts.markdown", "must not be blank");
        }
        heading = heading.strip();
    }
}
