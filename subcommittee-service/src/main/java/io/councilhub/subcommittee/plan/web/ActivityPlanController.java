package io.councilhub.subcommittee.plan.web;

import io.councilhub.chassis.web.RequestFields;
import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.subcommittee.plan.ActivityPlan;
import io.councilhub.subcommittee.plan.ActivityPlanning;
import io.councilhub.subcommittee.plan.CostEstimate;
import io.councilhub.subcommittee.plan.PlanContent;
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
import java.util.List;

/**
 * {@code /api/subcommittees/plans}: the secretariat drafts, edits (while DRAFT: the whole plan, or its cost estimate
 * alone) and submits activity plans; an
 * officer approves or rejects a submitted one; the secretariat, officers and the subcommittee's own member
 * organisations read them, as JSON or as a printable page ({@code /{id}.html}).
 */
@RestController
@RequestMapping("/api/subcommittees/plans")
class ActivityPlanController {

    private final ActivityPlanning planning;
    private final JwtSettings jwt;

    ActivityPlanController(ActivityPlanning planning, JwtSettings jwt) {
        this.planning = planning;
        this.jwt = jwt;
    }

    record PlanRequest(@NotBlank @Size(max = 100) String subcommitteeId, @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
                       @Size(max = 200) String theme, LocalDate periodFrom, LocalDate periodTo,
                       @Size(max = PlanContent.MAX_TEXT) String background, @Size(max = 50) List<SectionRequest> framework,
                       @Size(max = 50) List<ActivityRequest> schedule,
                       @Size(max = CostEstimate.MAX_ITEMS) List<CostEstimate.Draft> items,
                       @Size(max = 50) List<ComparisonRowRequest> comparison) {
    }

    record RevisionRequest(@Size(max = 200) String theme, LocalDate periodFrom, LocalDate periodTo,
                           @Size(max = PlanContent.MAX_TEXT) String background, @Size(max = 50) List<SectionRequest> framework,
                           @Size(max = 50) List<ActivityRequest> schedule,
                           @Size(max = CostEstimate.MAX_ITEMS) List<CostEstimate.Draft> items,
                           @Size(max = 50) List<ComparisonRowRequest> comparison) {
    }

    record OutlineRequest(@Size(max = 200) String theme, LocalDate periodFrom, LocalDate periodTo,
                          @Size(max = PlanContent.MAX_TEXT) String background,
                          @Size(max = 50) List<SectionRequest> framework) {
    }

    record ScheduleRequest(@NotNull @Size(max = 50) List<ActivityRequest> schedule) {
    }

    record ComparisonRequest(@NotNull @Size(max = 50) List<ComparisonRowRequest> rows) {
    }

    record EstimateRequest(@NotNull @Size(max = CostEstimate.MAX_ITEMS) List<CostEstimate.Draft> items) {
    }

    record SectionRequest(String title, String text) {
    }

    record ActivityRequest(PlanContent.ActivityKind kind, String title, String format, List<Integer> months) {
    }

    record ComparisonRowRequest(String heading, PlanContent.RowSource source, String lastYear, String thisYear) {
    }

    record SubmissionRequest(@NotNull LocalDate submittedOn) {
    }

    record ApprovalRequest(@NotNull LocalDate approvedOn) {
    }

    record RejectionRequest(@NotNull LocalDate rejectedOn, @Size(max = 2000) String reason) {
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<PlanView> draft(@Valid @RequestBody PlanRequest request) {
        PlanContent content = content(request.theme(), request.periodFrom(), request.periodTo(), request.background(),
                request.framework(), request.schedule(), request.items(), request.comparison());
        ActivityPlan plan = planning.draft(request.subcommitteeId(), FiscalYear.of(request.fiscalYear()), content);
        return ResponseEntity.created(URI.create("/api/subcommittees/plans/" + plan.id())).body(view(plan));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PlanView revise(@PathVariable String id, @Valid @RequestBody RevisionRequest request) {
        PlanContent content = content(request.theme(), request.periodFrom(), request.periodTo(), request.background(),
                request.framework(), request.schedule(), request.items(), request.comparison());
        return view(planning.revise(id, content));
    }

    /**
     * 研究テーマ・部会設置期間・背景・目的・検討の枠組み: replaces a draft's outline and nothing else (the dashboard's
     * outline editor), so an edit of the text cannot lose the plan's schedule, costs or comparison rows.
     */
    @PutMapping("/{id}/outline")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PlanView reviseOutline(@PathVariable String id, @Valid @RequestBody OutlineRequest request) {
        List<PlanContent.Section> sections = sections(request.framework());
        return view(planning.revisePart(id, content -> content.withOutline(request.theme(), request.periodFrom(),
                request.periodTo(), request.background(), sections)));
    }

    /**
     * 活動予定: replaces a draft's planned meetings and sessions by month and nothing else (the dashboard's schedule
     * editor); the comparison's 部会 and 共同研究会 rows follow it.
     */
    @PutMapping("/{id}/schedule")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PlanView reviseSchedule(@PathVariable String id, @Valid @RequestBody ScheduleRequest request) {
        List<PlanContent.PlannedActivity> activities = activities(request.schedule());
        return view(planning.revisePart(id, content -> content.withSchedule(activities)));
    }

    /**
     * 経費見積: replaces a draft's itemised cost estimate and nothing else (the dashboard's cost table editor), so an
     * edit of the costs cannot lose the plan's other parts.
     */
    @PutMapping("/{id}/estimate")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PlanView reviseEstimate(@PathVariable String id, @Valid @RequestBody EstimateRequest request) {
        CostEstimate estimate = CostEstimate.of(request.items());
        return view(planning.revisePart(id, content -> content.withEstimate(estimate)));
    }

    /**
     * 前年度実績との比較: replaces a draft's comparison rows and nothing else (the dashboard's comparison editor). A
     * derived row (THEME, PERIOD, MEETINGS, SESSIONS) takes its text from last year's report and this plan unless a
     * column is entered; a TEXT row prints as entered. No rows give the packet's four derived ones.
     */
    @PutMapping("/{id}/comparison")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PlanView reviseComparison(@PathVariable String id, @Valid @RequestBody ComparisonRequest request) {
        List<PlanContent.ComparisonRow> rows = comparisonRows("rows", request.rows());
        return view(planning.revisePart(id, content -> content.withComparison(rows)));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PlanView submit(@PathVariable String id, @Valid @RequestBody SubmissionRequest request) {
        return view(planning.submit(id, request.submittedOn()));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('OFFICER')")
    PlanView approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request, Authentication caller) {
        return view(planning.approve(id, request.approvedOn(), caller.getName()));
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasRole('OFFICER')")
    PlanView reject(@PathVariable String id, @Valid @RequestBody RejectionRequest request, Authentication caller) {
        return view(planning.reject(id, request.rejectedOn(), caller.getName(), request.reason()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    List<PlanView> ofYear(@RequestParam FiscalYear fiscalYear) {
        return planning.ofYear(fiscalYear).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable String id, Authentication caller) {
        return view(readable(id, caller));
    }

    @GetMapping(value = "/{id}.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page(@PathVariable String id, Authentication caller) {
        return PlanPage.render(view(readable(id, caller)));
    }

    private ActivityPlan readable(String id, Authentication caller) {
        ActivityPlan plan = planning.get(id);
        CouncilUser user = CouncilUser.from(caller, jwt);
        if (user.has(Role.SECRETARIAT) || user.has(Role.OFFICER)
                || user.memberId().map(member -> planning.isOfMember(plan, member)).orElse(false)) {
            return plan;
        }
        throw new NotFoundException("activity plan", id);
    }

    private PlanView view(ActivityPlan plan) {
        return PlanView.of(plan, planning.comparison(plan));
    }

    private static PlanContent content(String theme, LocalDate from, LocalDate to, String background,
                                       List<SectionRequest> framework, List<ActivityRequest> schedule,
                                       List<CostEstimate.Draft> items, List<ComparisonRowRequest> comparison) {
        List<PlanContent.Section> sections = sections(framework);
        List<PlanContent.PlannedActivity> activities = activities(schedule);
        CostEstimate estimate = CostEstimate.of(items);
        List<PlanContent.ComparisonRow> rows = comparisonRows("comparison", comparison);
        return new PlanContent(theme, from, to, background, sections, activities, estimate, rows);
    }

    private static List<PlanContent.ComparisonRow> comparisonRows(String field, List<ComparisonRowRequest> rows) {
        return RequestFields.each(field, rows,
                row -> new PlanContent.ComparisonRow(row.heading(), row.source(), row.lastYear(), row.thisYear()));
    }

    private static List<PlanContent.Section> sections(List<SectionRequest> framework) {
        return RequestFields.each("framework", framework, section -> new PlanContent.Section(section.title(), section.text()));
    }

    private static List<PlanContent.PlannedActivity> activities(List<ActivityRequest> schedule) {
        return RequestFields.each("schedule", schedule, activity -> new PlanContent.PlannedActivity(activity.kind(),
                activity.title(), activity.format(), activity.months()));
    }
}
