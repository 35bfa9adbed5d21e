package io.councilhub.events.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the secretariat says about a meeting when it schedules it. {@link Meeting#schedule} checks it: end after
 * start, the format's own detail (join URL, venue, response deadline), a capacity of at least zero ({@code null}:
 * no limit), a registration window that closes after it opens.
 */
public record MeetingDetails(MeetingKind kind, String title, String description, OffsetDateTime startsAt,
                             OffsetDateTime endsAt, MeetingFormat format, String joinUrl, String venue,
                             OffsetDateTime responseDeadline, String organiser, List<String> coHosts, Audience audience,
                             Integer capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                             List<Speaker> speakers, String subcommittee) {

    public MeetingDetails {
        coHosts = coHosts == null ? List.of() : List.copyOf(coHosts);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }
}
