package io.councilhub.events.proposal;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** 議事録: the minutes of one meeting, a text the secretariat writes and revises. */
@Document("minutes")
public class Minutes {

    static final int MAX_LENGTH = 100_000;

    @Id
    private String meetingId;
    private String text;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    private Minutes() {
    }

    static Minutes of(String meetingId) {
        Minutes minutes = new Minutes();
        minutes.meetingId = meetingId;
        return minutes;
    }

    /** Replaces the text (a revision of the whole minutes). */
    void revise(String newText, String by, Instant at) {
        if (newText == null || newText.isBlank()) {
            throw new InvalidFieldException("text", "must not be blank");
        }
        if (newText.length() > MAX_LENGTH) {
            throw new InvalidFieldException("text", "must be at most " + MAX_LENGTH + " characters");
        }
        text = newText;
        updatedBy = by;
        updatedAt = at;
    }

    public String meetingId() {
        return meetingId;
    }

    public String text() {
        return text;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
