package io.councilhub.subcommittee.report.web;

import io.councilhub.chassis.web.RequestFields;
import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.subcommittee.report.ActivityReport;
import io.councilhub.subcommittee.report.ActivityReporting;
import io.councilhub.subcommittee.report.ReportContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code /api/subcommittees/reports}: the secretariat drafts, edits (while DRAFT) and files activity reports; the
 * secretariat, officers and the subcommittee's own member organisations read them, as JSON or as a printable page.
 */
@RestController
@RequestMapping("/api/subcommittees/reports")
class ActivityReportController {

    private final ActivityReporting reporting;
    private final JwtSettings jwt;

    ActivityReportController(ActivityReporting reporting, JwtSettings jwt) {
        this.reporting = reporting;
        this.jwt = jwt;
    }

    record ReportRequest(@NotBlank @Size(max = 100) String subcommitteeId, @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
                         @Size(max = 200) String theme, LocalDate periodFrom, LocalDate periodTo,
                         @Size(max = 100) List<MeetingRequest> meetings, @Size(max = 100) List<SessionRequest> sessions,
                         @Size(max = 50) List<OutputRequest> outputs, @Size(max = 100) List<CostRequest> costs,
                         @Size(max = 50) List<EvaluationRequest> selfEvaluations) {
    }

    record RevisionRequest(@Size(max = 200) String theme, LocalDate periodFrom, LocalDate periodTo,
                           @Size(max = 100) List<MeetingRequest> meetings, @Size(max = 100) List<SessionRequest> sessions,
                           @Size(max = 50) List<OutputRequest> outputs, @Size(max = 100) List<CostRequest> costs,
                           @Size(max = 50) List<EvaluationRequest> selfEvaluations) {
    }

    record MeetingRequest(String title, LocalDate date, LocalTime startTime, LocalTime endTime, String venue,
                          Integer attendees, List<AttendanceRequest> breakdown, List<String> agenda, String note) {
    }

    record AttendanceRequest(String organisation, Integer count) {
    }

    record SessionRequest(ReportContent.SessionKind kind, String title, LocalDate date, LocalDate lastDate,
                          LocalTime startTime, LocalTime endTime, String venue, List<PartRequest> parts,
                          ParticipantsRequest participants, Integer staff, String outcome) {
    }

    record PartRequest(String title, List<String> speakers) {
    }

    record ParticipantsRequest(Integer municipalities, Integer organisations, Integer people, Boolean includingObservers) {
    }

    record OutputRequest(String title, Integer quantity, String unit, String first, String last, List<String> details) {
    }

    record CostRequest(String description, String basis, Long estimate, Long actual) {
    }

    record EvaluationRequest(String subject, String text) {
    }

    record FilingRequest(@NotNull LocalDate reportedOn) {
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<ReportView> draft(@Valid @RequestBody ReportRequest request) {
        ReportContent content = content(request.theme(), request.periodFrom(), request.periodTo(), request.meetings(),
                request.sessions(), request.outputs(), request.costs(), request.selfEvaluations());
        ActivityReport report = reporting.draft(request.subcommitteeId(), FiscalYear.of(request.fiscalYear()), content);
        return ResponseEntity.created(URI.create("/api/subcommittees/reports/" + report.id())).body(ReportView.of(report));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ReportView revise(@PathVariable String id, @Valid @RequestBody RevisionRequest request) {
        ReportContent content = content(request.theme(), request.periodFrom(), request.periodTo(), request.meetings(),
                request.sessions(), request.outputs(), request.costs(), request.selfEvaluations());
        return ReportView.of(reporting.revise(id, content));
    }

    /** 報告: files the report (publishes ActivityReported); after that it is no longer edited. */
    @PostMapping("/{id}/filing")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ReportView file(@PathVariable String id, @Valid @RequestBody FilingRequest request) {
        return ReportView.of(reporting.report(id, request.reportedOn()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    List<ReportView> ofYear(@RequestParam FiscalYear fiscalYear) {
        return reporting.ofYear(fiscalYear).stream().map(ReportView::of).toList();
    }

    @GetMapping("/{id}")
    ReportView get(@PathVariable String id, Authentication caller) {
        return ReportView.of(readable(id, caller));
    }

    @GetMapping(value = "/{id}.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page(@PathVariable String id, Authentication caller) {
        return ReportPage.render(ReportView.of(readable(id, caller)));
    }

    private ActivityReport readable(String id, Authentication caller) {
        ActivityReport report = reporting.get(id);
        CouncilUser user = CouncilUser.from(caller, jwt);
        if (user.has(Role.SECRETARIAT) || user.has(Role.OFFICER)
                || user.memberId().map(member -> reporting.isOfMember(report, member)).orElse(false)) {
            return report;
        }
        throw new NotFoundException("activity report", id);
    }

    private static ReportContent content(String theme, LocalDate from, LocalDate to, List<MeetingRequest> meetings,
                                         List<SessionRequest> sessions, List<OutputRequest> outputs,
                                         List<CostRequest> costs, List<EvaluationRequest> evaluations) {
        return new ReportContent(theme, from, to,
                RequestFields.each("meetings", meetings, meeting -> new ReportContent.MeetingHeld(meeting.title(), meeting.date(),
                        meeting.startTime(), meeting.endTime(), meeting.venue(), orZero(meeting.attendees()),
                        RequestFields.each("breakdown", meeting.breakdown(), attendance -> new ReportContent.Attendance(
                                attendance.organisation(), orZero(attendance.count()))),
                        meeting.agenda(), meeting.note())),
                RequestFields.each("sessions", sessions, session -> new ReportContent.SessionHeld(session.kind(), session.title(),
                        session.date(), session.lastDate(), session.startTime(), session.endTime(), session.venue(),
                        RequestFields.each("parts", session.parts(), part -> new ReportContent.Part(part.title(), part.speakers())),
                        session.participants() == null ? null : RequestFields.at("participants", () -> new ReportContent.Participants(
                                session.participants().municipalities(), session.participants().organisations(),
                                orZero(session.participants().people()),
                                Boolean.TRUE.equals(session.participants().includingObservers()))),
                        session.staff(), session.outcome())),
                RequestFields.each("outputs", outputs, output -> new ReportContent.Output(output.title(), output.quantity(),
                        output.unit(), output.first(), output.last(), output.details())),
                RequestFields.each("costs", costs, cost -> new ReportContent.ActualCost(cost.description(), cost.basis(),
                        cost.estimate(), cost.actual() == null ? -1 : cost.actual())),
                RequestFields.each("selfEvaluations", evaluations,
                        evaluation -> new ReportContent.SelfEvaluation(evaluation.subject(), evaluation.text())));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
