package io.councilhub.events.meeting;

import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * A speaker (講師) of a meeting: a member's person ({@code external = false}) or a guest from outside the council.
 * Speakers' names are public programme information, not contact data.
 */
public record Speaker(String name, String affiliation, String title, boolean external) {

    public Speaker {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("speakers.name", "must not be blank");
        }
        name = name.strip();
        affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation.strip();
        title = title == null || title.isBlank() ? null : title.strip();
    }
}
