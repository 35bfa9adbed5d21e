package io.councilhub.events.meeting.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.events.meeting.Audience;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingDetails;
import io.councilhub.events.meeting.MeetingFormat;
import io.councilhub.events.meeting.MeetingKind;
import io.councilhub.events.meeting.MeetingSchedule;
import io.councilhub.events.meeting.MeetingStatus;
import io.councilhub.events.meeting.Readers;
import io.councilhub.events.meeting.Speaker;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/meetings}: the secretariat schedules, reschedules and cancels; members and officers read the meetings
 * meant for them; anyone, without a token, reads the PUBLIC ones. No view here carries the join URL: only a
 * confirmed registration does.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

    private final MeetingSchedule schedule;
    private final JwtSettings jwt;

    MeetingController(MeetingSchedule schedule, JwtSettings jwt) {
        this.schedule = schedule;
        this.jwt = jwt;
    }

    record SpeakerRequest(@NotBlank @Size(max = 100) String name, @Size(max = 200) String affiliation,
                          @Size(max = 100) String title, Boolean external) {
    }

    record ScheduleRequest(@Size(max = 80) String id, @NotNull MeetingKind kind, @NotBlank @Size(max = 200) String title,
                           @Size(max = 4000) String description, @NotNull OffsetDateTime startsAt,
                           @NotNull OffsetDateTime endsAt, @NotNull MeetingFormat format, @Size(max = 500) String joinUrl,
                           @Size(max = 300) String venue, OffsetDateTime responseDeadline,
                           @Size(max = 200) String organiser, List<@NotBlank @Size(max = 200) String> coHosts,
                           @NotNull Audience audience, @Min(0) Integer capacity, OffsetDateTime registrationOpensAt,
                           OffsetDateTime registrationClosesAt, @Size(max = 50) List<@Valid SpeakerRequest> speakers,
                           @Size(max = 200) String subcommittee) {

        MeetingDetails details() {
            List<Speaker> given = speakers == null ? List.of() : speakers.stream()
                    .map(s -> new Speaker(s.name(), s.affiliation(), s.title(), Boolean.TRUE.equals(s.external()))).toList();
            return new MeetingDetails(kind, title, description, startsAt, endsAt, format, joinUrl, venue,
                    responseDeadline, organiser, coHosts, audience, capacity, registrationOpensAt,
                    registrationClosesAt, given, subcommittee);
        }
    }

    record RescheduleRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
                             @Size(max = 300) String venue) {
    }

    record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** A meeting as its readers see it; never the join URL. */
    record MeetingView(String id, MeetingKind kind, String kindLabel, String title, String description,
                       OffsetDateTime startsAt, OffsetDateTime endsAt, int fiscalYear, String fiscalYearLabel,
                       MeetingFormat format, String formatLabel, boolean online, String venue,
                       OffsetDateTime responseDeadline, String organiser, List<String> coHosts, Audience audience,
                       Integer capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                       List<Speaker> speakers, String subcommittee, MeetingStatus status, String cancellationReason) {

        static MeetingView of(Meeting meeting) {
            return new MeetingView(meeting.id(), meeting.kind(), meeting.kind().label(), meeting.title(),
                    meeting.description(), meeting.startsAt(), meeting.endsAt(), meeting.fiscalYear().startYear(),
                    meeting.fiscalYear().label(), meeting.format(), meeting.format().label(),
                    meeting.format() == MeetingFormat.ONLINE || meeting.format() == MeetingFormat.HYBRID,
                    meeting.venue(), meeting.responseDeadline(), meeting.organiser(), meeting.coHosts(),
                    meeting.audience(), meeting.capacity(), meeting.registrationOpensAt(),
                    meeting.registrationClosesAt(), meeting.speakers(), meeting.subcommittee(), meeting.status(),
                    meeting.cancellationReason());
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<MeetingView> schedule(@Valid @RequestBody ScheduleRequest request) {
        Meeting meeting = schedule.schedule(request.id(), request.details());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(MeetingView.of(meeting));
    }

    @PostMapping("/{id}/rescheduling")
    @PreAuthorize("hasRole('SECRETARIAT')")
    MeetingView reschedule(@PathVariable String id, @Valid @RequestBody RescheduleRequest request) {
        return MeetingView.of(schedule.reschedule(id, request.startsAt(), request.endsAt(), request.venue()));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasRole('SECRETARIAT')")
    MeetingView cancel(@PathVariable String id, @Valid @RequestBody CancellationRequest request) {
        return MeetingView.of(schedule.cancel(id, request.reason()));
    }

    /** Open to anyone: an anonymous caller sees a PUBLIC meeting; any other is a 404 for them. */
    @GetMapping("/{id}")
    MeetingView get(@PathVariable String id, Authentication caller) {
        Meeting meeting = schedule.get(id);
        if (!Readers.audiencesFor(caller, jwt).contains(meeting.audience())) {
            throw new NotFoundException("meeting", id);
        }
        return MeetingView.of(meeting);
    }

    record MeetingList(int fiscalYear, String label, List<MeetingView> items) {
    }

    /** Open to anyone: the year's meetings the caller may read (anonymous: the PUBLIC ones). */
    @GetMapping
    MeetingList list(@RequestParam("fiscalYear") FiscalYear fiscalYear,
                     @RequestParam(required = false) MeetingKind kind, Authentication caller) {
        Set<Audience> visible = Readers.audiencesFor(caller, jwt);
        return new MeetingList(fiscalYear.startYear(), fiscalYear.label(),
                schedule.of(fiscalYear, kind, visible).stream().map(MeetingView::of).toList());
    }
}
