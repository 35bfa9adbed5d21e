package io.councilhub.events.registration.web;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetWriter;
import io.councilhub.events.meeting.Meeting;
import io.councilhub.events.meeting.MeetingSchedule;
import io.councilhub.events.meeting.Readers;
import io.councilhub.events.registration.AttendanceHeadcount;
import io.councilhub.events.registration.AttendanceStatistics;
import io.councilhub.events.registration.CancellationReason;
import io.councilhub.events.registration.OrganisationKind;
import io.councilhub.events.registration.Registrant;
import io.councilhub.events.registration.Registration;
import io.councilhub.events.registration.RegistrationBook;
import io.councilhub.events.registration.RegistrationStatus;
import io.councilhub.events.registration.Registrations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Registrations: {@code /api/meetings/{id}/registrations} (anyone for a PUBLIC meeting, members and officers for
 * theirs; a MEMBER registers and sees its own organisation's people only), the registrant's cancellation link
 * {@code /api/registrations/cancellation?token=...} (no login: the token is the credential, a wrong one is a 404),
 * attendance and its statistics, and the list as CSV or XLSX for the secretariat. The join URL is in a
 * registration's view only while it is confirmed.
 */
@RestController
class RegistrationController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Registrations registrations;
    private final MeetingSchedule meetings;
    private final JwtSettings jwt;

    RegistrationController(Registrations registrations, MeetingSchedule meetings, JwtSettings jwt) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.jwt = jwt;
    }

    record RegistrationRequest(@NotBlank @Size(max = 100) String name, @Size(max = 200) String organisation,
                               OrganisationKind organisationKind, @NotBlank @Size(max = 254) String email,
                               Boolean observer, @Size(max = 64) String memberId) {
    }

    /** A registration as the registrant, their organisation or the secretariat sees it; no cancellation token. */
    record RegistrationView(String id, String meetingId, String meetingTitle, OffsetDateTime startsAt,
                            RegistrationStatus status, int waitlistPosition, String memberId, String name,
                            String organisation, OrganisationKind organisationKind, String email, boolean observer,
                            OffsetDateTime registeredAt, CancellationReason cancellationReason, Boolean attended,
                            String joinUrl) {

        static RegistrationView of(Meeting meeting, RegistrationBook book, Registration registration) {
            boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
            return new RegistrationView(registration.id(), meeting.id(), meeting.title(), meeting.startsAt(),
                    registration.status(), book.waitlistPosition(registration), registration.memberId(),
                    registration.name(), registration.organisation(), registration.organisationKind(),
                    registration.email().value(), registration.observer(), tokyo(registration.registeredAt()),
                    registration.cancellationReason(), registration.attended(), confirmed ? meeting.joinUrl() : null);
        }

        @Override
        public String toString() {
            return "RegistrationView[" + id + ", " + status + "]";
        }
    }

    /** The answer to registering: the view and, this once, the cancellation link. */
    record RegisteredView(RegistrationView registration, String cancellationToken, String cancellationUrl) {

        @Override
        public String toString() {
            return "RegisteredView[" + registration + "]";
        }
    }

    @PostMapping("/api/meetings/{meetingId}/registrations")
    ResponseEntity<RegisteredView> register(@PathVariable String meetingId,
                                            @Valid @RequestBody RegistrationRequest request, Authentication caller) {
        Meeting meeting = readable(meetingId, caller);
        String memberId = null;
        if (signedIn(caller)) {
            CouncilUser user = CouncilUser.from(caller, jwt);
            if (user.has(Role.SECRETARIAT)) {
                memberId = request.memberId();
            } else if (user.has(Role.MEMBER)) {
                memberId = user.memberId().orElse(null); // a member registers its own people only
            }
        }
        Email email;
        try {
            email = Email.of(request.email());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidFieldException("email", "must be an e-mail address");
        }
        Registrations.Registered registered = registrations.register(meeting.id(), new Registrant(memberId,
                request.name(), request.organisation(), request.organisationKind(), email, Boolean.TRUE.equals(request.observer())));
        RegistrationView view = RegistrationView.of(meeting, registered.book(), registered.registration());
        String link = "/api/registrations/cancellation?token=" + registered.cancellationToken();
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id() + "/registrations/" + view.id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new RegisteredView(view, registered.cancellationToken(), link));
    }

    record RegistrationList(String meetingId, int confirmed, List<RegistrationView> items) {
    }

    /** SECRETARIAT and OFFICER see everyone; a MEMBER only its own organisation's people. */
    @GetMapping("/api/meetings/{meetingId}/registrations")
    @PreAuthorize("isAuthenticated()")
    RegistrationList list(@PathVariable String meetingId, Authentication caller) {
        Meeting meeting = readable(meetingId, caller);
        RegistrationBook book = registrations.of(meetingId);
        Optional<String> only = ownOnly(caller);
        List<RegistrationView> items = book.registrations().stream()
                .filter(r -> only.isEmpty() || only.get().equals(r.memberId()))
                .map(r -> RegistrationView.of(meeting, book, r)).toList();
        return new RegistrationList(meetingId, book.confirmedCount(), items);
    }

    @GetMapping("/api/meetings/{meetingId}/registrations/{registrationId}")
    @PreAuthorize("isAuthenticated()")
    RegistrationView get(@PathVariable String meetingId, @PathVariable String registrationId, Authentication caller) {
        Meeting meeting = readable(meetingId, caller);
        RegistrationBook book = registrations.of(meetingId);
        Registration registration = book.get(registrationId);
        Optional<String> only = ownOnly(caller);
        if (only.isPresent() && !only.get().equals(registration.memberId())) {
            throw new NotFoundException("registration", registrationId);
        }
        return RegistrationView.of(meeting, book, registration);
    }

    /** The secretariat cancels anyone's; a MEMBER its own organisation's (another's is a 404). */
    @PostMapping("/api/meetings/{meetingId}/registrations/{registrationId}/cancellation")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'MEMBER')")
    RegistrationView cancel(@PathVariable String meetingId, @PathVariable String registrationId, Authentication caller) {
        Meeting meeting = readable(meetingId, caller);
        Optional<String> only = ownOnly(caller);
        if (only.isPresent() && !only.get().equals(registrations.of(meetingId).get(registrationId).memberId())) {
            throw new NotFoundException("registration", registrationId);
        }
        RegistrationBook book = registrations.cancel(meetingId, registrationId,
                only.isPresent() ? CancellationReason.REGISTRANT : CancellationReason.SECRETARIAT);
        return RegistrationView.of(meeting, book, book.get(registrationId));
    }

    /** Open: what the cancellation link shows before the registrant confirms it. */
    @GetMapping("/api/registrations/cancellation")
    ResponseEntity<RegistrationView> byLink(@RequestParam(required = false) String token) {
        RegistrationBook book = registrations.byToken(token);
        Meeting meeting = meetings.get(book.meetingId());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(RegistrationView.of(meeting, book, registrations.registrationOf(book, token)));
    }

    record LinkCancellation(@NotBlank @Size(max = 100) String token) {

        @Override
        public String toString() {
            return "LinkCancellation[token=***]";
        }
    }

    /** Open: the registrant cancels through the link's token (in the body, so it stays out of access logs). */
    @PostMapping("/api/registrations/cancellation")
    ResponseEntity<RegistrationView> cancelByLink(@Valid @RequestBody LinkCancellation request) {
        RegistrationBook book = registrations.cancelByToken(request.token());
        Meeting meeting = meetings.get(book.meetingId());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(RegistrationView.of(meeting, book, registrations.registrationOf(book, request.token())));
    }

    record MineView(String memberId, List<RegistrationView> items) {
    }

    /** A MEMBER's own organisation's registrations across meetings; staff name the member. */
    @GetMapping("/api/registrations")
    @PreAuthorize("isAuthenticated()")
    MineView mine(@RequestParam(required = false) String memberId, Authentication caller) {
        String whose = ownOnly(caller).orElse(memberId);
        if (whose == null) {
            throw new InvalidFieldException("memberId", "must be given");
        }
        List<RegistrationView> items = new ArrayList<>();
        for (RegistrationBook book : registrations.ofMember(whose)) {
            Meeting meeting = meetings.get(book.meetingId());
            book.registrations().stream().filter(r -> whose.equals(r.memberId()))
                    .forEach(r -> items.add(RegistrationView.of(meeting, book, r)));
        }
        items.sort(Comparator.comparing(RegistrationView::startsAt));
        return new MineView(whose, items);
    }

    record AttendanceRequest(@NotNull Boolean attended) {
    }

    @PutMapping("/api/meetings/{meetingId}/registrations/{registrationId}/attendance")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RegistrationView attend(@PathVariable String meetingId, @PathVariable String registrationId,
                            @Valid @RequestBody AttendanceRequest request) {
        Meeting meeting = meetings.get(meetingId);
        RegistrationBook book = registrations.recordAttendance(meetingId, registrationId, request.attended());
        return RegistrationView.of(meeting, book, book.get(registrationId));
    }

    record HeadcountRequest(@NotNull @Min(0) Integer localGovernments, @NotNull @Min(0) Integer organisations,
                            @NotNull @Min(0) Integer people, Boolean observersIncluded) {
    }

    /** 講師・運営側 and, for a meeting counted by hand, its head-count (the packet's FY2021 sessions). */
    record AttendanceReportRequest(@Min(0) Integer organisers, @Valid HeadcountRequest headcount) {
    }

    @PutMapping("/api/meetings/{meetingId}/attendance")
    @PreAuthorize("hasRole('SECRETARIAT')")
    AttendanceStatistics report(@PathVariable String meetingId, @Valid @RequestBody AttendanceReportRequest request) {
        HeadcountRequest counted = request.headcount();
        AttendanceHeadcount headcount = counted == null ? null : new AttendanceHeadcount(counted.localGovernments(),
                counted.organisations(), counted.people(), Boolean.TRUE.equals(counted.observersIncluded()));
        return registrations.recordAttendanceReport(meetingId, request.organisers(), headcount).statistics();
    }

    @GetMapping("/api/meetings/{meetingId}/attendance")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    AttendanceStatistics statistics(@PathVariable String meetingId) {
        return registrations.of(meetingId).statistics();
    }

    /** 参加者名簿 as CSV (default) or XLSX, for the secretariat. */
    @GetMapping("/api/meetings/{meetingId}/registrations/export")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<byte[]> export(@PathVariable String meetingId, @RequestParam(defaultValue = "csv") String format) {
        SheetFormat sheetFormat = SheetFormat.named(format, "format");
        Meeting meeting = meetings.get(meetingId);
        List<List<String>> rows = new ArrayList<>();
        for (Registration r : registrations.of(meetingId).registrations()) {
            rows.add(List.of(r.id(), r.name(), r.organisation() == null ? "" : r.organisation(),
                    label(r.organisationKind()), r.email().value(), r.observer() ? "○" : "", label(r.status()),
                    WHEN.format(tokyo(r.registeredAt())),
                    r.attended() == null ? "" : r.attended() ? "出席" : "欠席"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(sheetFormat, "参加者名簿", List.of("登録番号", "氏名", "所属", "区分", "メールアドレス",
                "オブザーバー", "状態", "登録日時", "出欠"), rows, out);
        String filename = "registrations-" + meeting.id() + "." + sheetFormat.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(sheetFormat == SheetFormat.CSV
                        ? "text/csv;charset=UTF-8" : sheetFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    private Meeting readable(String meetingId, Authentication caller) {
        Meeting meeting = meetings.get(meetingId);
        if (!Readers.audiencesFor(caller, jwt).contains(meeting.audience())) {
            throw new NotFoundException("meeting", meetingId);
        }
        return meeting;
    }

    /** A MEMBER's own organisation (empty for staff, who see all). */
    private Optional<String> ownOnly(Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        if (user.has(Role.SECRETARIAT) || user.has(Role.OFFICER)) {
            return Optional.empty();
        }
        return Optional.of(user.memberId().orElse("(none)"));
    }

    private static boolean signedIn(Authentication caller) {
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    private static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : instant.atZone(Meeting.TOKYO).toOffsetDateTime();
    }

    private static String label(OrganisationKind kind) {
        return switch (kind) {
            case LOCAL_GOVERNMENT -> "自治体";
            case ORGANISATION -> "団体";
            case INDIVIDUAL -> "個人";
        };
    }

    private static String label(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "確定";
            case WAITLISTED -> "キャンセル待ち";
            case CANCELLED -> "取消";
        };
    }
}
