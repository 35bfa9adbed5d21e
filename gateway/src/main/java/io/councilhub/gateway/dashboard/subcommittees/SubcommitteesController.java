package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Plan;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Report;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Subcommittee;
import io.councilhub.gateway.dashboard.panel.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard/subcommittees}: the subcommittees and working groups, the selected year's activity plans (with
 * their totals) and reports; {@code .../plans/{id}} the 活動企画書 with its cost table, the comparison with the year
 * before, its status and decision history; {@code .../reports/{id}} the 活動報告 with meetings held, costs and
 * self-evaluation; {@code .../plans/{id}/estimate} the draft's cost table, {@code .../plans/{id}/outline} its theme,
 * period, background and framework, {@code .../plans/{id}/schedule} its activities by month, and
 * {@code .../plans/{id}/comparison} its rows of the comparison with last year, to edit (secretariat). Who decides a plan is
 * subcommittee-service's rule: the secretariat edits and submits a draft (and files a report), an officer approves a submitted plan or returns it with a reason; each form is offered only to that role
 * and a command from anyone else is refused here (403) before it reaches the service.
 */
@Controller
@RequestMapping("/dashboard/subcommittees")
class SubcommitteesController {

    private static final TypeReference<List<Subcommittee>> SUBCOMMITTEES = new TypeReference<>() {
    };
    private static final TypeReference<List<Plan>> PLANS = new TypeReference<>() {
    };
    private static final TypeReference<List<Report>> REPORTS = new TypeReference<>() {
    };

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ServicePanels panels;
    private final MessageSource messages;

    SubcommitteesController(ServicePanels panels, MessageSource messages) {
        this.panels = panels;
        this.messages = messages;
    }

    @GetMapping
    String subcommittees(@ModelAttribute("fy") FiscalYear fy, Model model) {
        return listPage(fy, PlanForms.NewPlan.empty(fy), null, Map.of(), model);
    }

    /**
     * 活動企画書の作成 (secretariat): checks the form, then {@code POST /api/subcommittees/plans} for the selected year;
     * opens the new draft, whose cost table is edited next. One plan per subcommittee and year (the service's 409).
     */
    @PostMapping("/plans")
    String draftPlan(@ModelAttribute("fy") FiscalYear fy, @ModelAttribute PlanForms.NewPlan form,
                     HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return listPage(fy, form, null, messages(problems), model);
        }
        Submission drafted = panels.subcommittee().post("/api/subcommittees/plans", form.body(fy.startYear()));
        if (!drafted.isAccepted()) {
            response.setStatus(drafted.isUnavailable() ? 503 : drafted.getStatus());
            return listPage(fy, form, drafted, drafted.getFieldErrors(), model);
        }
        redirect.addFlashAttribute("done", "subcommittees.done.drafted");
        return redirect("/dashboard/subcommittees/plans/{id}", drafted.getBody().path("id").asString());
    }

    private String listPage(FiscalYear fy, PlanForms.NewPlan form, Submission submission, Map<String, String> errors,
                            Model model) {
        ServiceClient subcommittee = panels.subcommittee();
        CompletableFuture<Panel<List<Subcommittee>>> all = subcommittee.fetch(SUBCOMMITTEES, "/api/subcommittees");
        CompletableFuture<Panel<List<Plan>>> plans = subcommittee.fetch(PLANS,
                "/api/subcommittees/plans?fiscalYear={year}", fy.startYear());
        CompletableFuture<Panel<List<Report>>> reports = subcommittee.fetch(REPORTS,
                "/api/subcommittees/reports?fiscalYear={year}", fy.startYear());
        model.addAttribute("subcommittees", all.join());
        model.addAttribute("plans", plans.join());
        model.addAttribute("reports", reports.join());
        model.addAttribute("newPlan", form);
        model.addAttribute("submission", submission);
        model.addAttribute("errors", errors);
        return "dashboard/subcommittees/subcommittees";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable String id, Model model) {
        return planPage(id, null, Map.of(), model);
    }

    /** 提出 (secretariat): {@code POST /api/subcommittees/plans/{id}/submission {submittedOn}}. */
    @PostMapping("/plans/{id}/submission")
    String submit(@PathVariable String id, @RequestParam(defaultValue = "") String submittedOn,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        PlanForms.Dated form = new PlanForms.Dated("submittedOn", submittedOn);
        return planCommand(id, form.problems(today()), () -> panels.subcommittee()
                .post("/api/subcommittees/plans/{id}/submission", form.body(), id), "submittedOn",
                "subcommittees.done.submitted", response, model, redirect);
    }

    /** 承認 (officer): {@code POST /api/subcommittees/plans/{id}/approval {approvedOn}}. */
    @PostMapping("/plans/{id}/approval")
    String approve(@PathVariable String id, @RequestParam(defaultValue = "") String approvedOn,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        require(request, "OFFICER");
        PlanForms.Dated form = new PlanForms.Dated("approvedOn", approvedOn);
        return planCommand(id, form.problems(today()), () -> panels.subcommittee()
                .post("/api/subcommittees/plans/{id}/approval", form.body(), id), "approvedOn",
                "subcommittees.done.approved", response, model, redirect);
    }

    /** 不承認 with the reason (officer): {@code POST /api/subcommittees/plans/{id}/rejection {rejectedOn, reason}}. */
    @PostMapping("/plans/{id}/rejection")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String rejectedOn,
                  @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        require(request, "OFFICER");
        PlanForms.Rejection form = new PlanForms.Rejection(rejectedOn, reason);
        model.addAttribute("rejectionForm", form);
        return planCommand(id, form.problems(today()), () -> panels.subcommittee()
                .post("/api/subcommittees/plans/{id}/rejection", form.body(), id), "rejectedOn",
                "subcommittees.done.rejected", response, model, redirect);
    }

    /** 概要の編集 (secretariat, a draft's): theme, period, background and the framework's sections, and two empty ones. */
    @GetMapping("/plans/{id}/outline")
    String outlineForm(@PathVariable String id, HttpServletRequest request, Model model) {
        require(request, "SECRETARIAT");
        Panel<Plan> plan = panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id);
        return outlinePage(id, plan, plan.isAvailable() ? OutlineForm.of(plan.getData()) : null, null, Map.of(), model);
    }

    /**
     * Saves the outline: checks the form, then {@code PUT /api/subcommittees/plans/{id}/outline}; the service replaces
     * the outline alone (a draft's only). A refusal shows the form as typed with the reason next to the field it names.
     */
    @PostMapping("/plans/{id}/outline")
    String saveOutline(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        OutlineForm form = OutlineForm.of(request);
        return saveDraftPart(id, "outline", form.problems(), form::body, form::formField,
                (submission, errors) -> outlinePage(id, null, form.again(), submission, errors, model),
                "subcommittees.done.outlineSaved", response, redirect);
    }

    /** 活動予定の編集 (secretariat, a draft's): the plan's activities as rows with their months, and two empty ones. */
    @GetMapping("/plans/{id}/schedule")
    String scheduleForm(@PathVariable String id, HttpServletRequest request, Model model) {
        require(request, "SECRETARIAT");
        Panel<Plan> plan = panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id);
        return schedulePage(id, plan, ScheduleForm.of(plan.isAvailable() ? plan.getData().schedule() : List.of()), null,
                Map.of(), model);
    }

    /**
     * Saves the schedule: checks each row, then {@code PUT /api/subcommittees/plans/{id}/schedule} with the rows that
     * are not empty; the service replaces the schedule alone (a draft's only), and the comparison's 部会 and 共同研究会
     * rows follow it.
     */
    @PostMapping("/plans/{id}/schedule")
    String saveSchedule(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                        RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        ScheduleForm form = ScheduleForm.of(request);
        return saveDraftPart(id, "schedule", form.problems(), form::body, form::formField,
                (submission, errors) -> schedulePage(id, null, form, submission, errors, model),
                "subcommittees.done.scheduleSaved", response, redirect);
    }

    /**
     * 前年度実績との比較の編集 (secretariat, a draft's): the plan's comparison rows as entered, each derived one with
     * what it prints, and two empty ones.
     */
    @GetMapping("/plans/{id}/comparison")
    String comparisonForm(@PathVariable String id, HttpServletRequest request, Model model) {
        require(request, "SECRETARIAT");
        Panel<Plan> plan = panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id);
        return comparisonPage(id, plan, plan.isAvailable() ? ComparisonForm.of(plan.getData()) : null, null, Map.of(),
                model);
    }

    /**
     * Saves the comparison: checks each row, then {@code PUT /api/subcommittees/plans/{id}/comparison} with the rows
     * that are not empty; the service replaces the comparison rows alone (a draft's only).
     */
    @PostMapping("/plans/{id}/comparison")
    String saveComparison(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
                          Model model, RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        ComparisonForm form = ComparisonForm.of(request);
        return saveDraftPart(id, "comparison", form.problems(), form::body, form::formField,
                (submission, errors) -> comparisonPage(id, null, form, submission, errors, model),
                "subcommittees.done.comparisonSaved", response, redirect);
    }

    /** 経費見積の編集 (secretariat, a draft's): the plan's items as rows, and three empty ones. */
    @GetMapping("/plans/{id}/estimate")
    String estimateForm(@PathVariable String id, HttpServletRequest request, Model model) {
        require(request, "SECRETARIAT");
        Panel<Plan> plan = panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id);
        EstimateForm form = EstimateForm.of(plan.isAvailable() ? plan.getData().estimate().items() : List.of());
        return estimatePage(id, plan, form, null, Map.of(), model);
    }

    /**
     * Saves the cost table: checks each row, then {@code PUT /api/subcommittees/plans/{id}/estimate} with the rows
     * that are not empty; the service replaces the estimate alone (a draft's only). A refusal shows the rows again
     * with the service's reason next to the cell it names.
     */
    @PostMapping("/plans/{id}/estimate")
    String saveEstimate(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                        RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        EstimateForm form = EstimateForm.of(request);
        return saveDraftPart(id, "estimate", form.problems(), form::body, form::formField,
                (submission, errors) -> estimatePage(id, null, form, submission, errors, model),
                "subcommittees.done.estimateSaved", response, redirect);
    }

    /** A draft plan's editor page again, with the service's refusal (or none) and the errors at their fields. */
    private interface EditorPage {
        String show(Submission refusal, Map<String, String> errors);
    }

    /**
     * Saves one part of a draft plan, {@code PUT /api/subcommittees/plans/{id}/{part}}: the form's own problems come back
     * with a 400 and nothing is sent; the service's refusal comes back with its status and each reason at the form's
     * field ({@code formField} reads the service's name for it); else the plan's page says {@code doneKey}.
     */
    private String saveDraftPart(String id, String part, Map<String, String> problems, Supplier<Map<String, Object>> body,
                                 UnaryOperator<String> formField, EditorPage page, String doneKey,
                                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page.show(null, messages(problems));
        }
        Submission saved = panels.subcommittee().send("PUT", "/api/subcommittees/plans/{id}/{part}", body.get(), id, part);
        if (!saved.isAccepted()) {
            response.setStatus(saved.isUnavailable() ? 503 : saved.getStatus());
            Map<String, String> errors = new LinkedHashMap<>();
            saved.getFieldErrors().forEach((field, message) ->
                    errors.merge(formField.apply(field), message, (x, y) -> x + " / " + y));
            return page.show(saved, errors);
        }
        redirect.addFlashAttribute("done", doneKey);
        return redirect("/dashboard/subcommittees/plans/{id}", id);
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable String id, Model model) {
        return reportPage(id, null, Map.of(), model);
    }

    /** 報告 (secretariat): {@code POST /api/subcommittees/reports/{id}/filing {reportedOn}}. */
    @PostMapping("/reports/{id}/filing")
    String file(@PathVariable String id, @RequestParam(defaultValue = "") String reportedOn,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        require(request, "SECRETARIAT");
        PlanForms.Dated form = new PlanForms.Dated("reportedOn", reportedOn);
        Map<String, String> problems = form.problems(today());
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return reportPage(id, null, messages(problems), model);
        }
        Submission filed = panels.subcommittee().post("/api/subcommittees/reports/{id}/filing", form.body(), id);
        if (!filed.isAccepted()) {
            response.setStatus(filed.isUnavailable() ? 503 : filed.getStatus());
            return reportPage(id, filed, filed.getFieldErrors(), model);
        }
        redirect.addFlashAttribute("done", "subcommittees.done.filed");
        return redirect("/dashboard/subcommittees/reports/{id}", id);
    }

    @ModelAttribute("secretariat")
    boolean secretariat(HttpServletRequest request) {
        return request.isUserInRole("SECRETARIAT");
    }

    @ModelAttribute("officer")
    boolean officer(HttpServletRequest request) {
        return request.isUserInRole("OFFICER");
    }

    @ModelAttribute("today")
    String todayAttribute() {
        return today().toString();
    }

    private String planCommand(String id, Map<String, String> problems, Supplier<Submission> command, String dateField,
                               String doneKey, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return planPage(id, null, messages(problems), model);
        }
        Submission done = command.get();
        if (!done.isAccepted()) {
            response.setStatus(done.isUnavailable() ? 503 : done.getStatus());
            Map<String, String> errors = new LinkedHashMap<>();
            // The service names the decision's date decidedOn whichever form sent it.
            done.getFieldErrors().forEach((field, message) ->
                    errors.put("decidedOn".equals(field) ? dateField : field, message));
            return planPage(id, done, errors, model);
        }
        redirect.addFlashAttribute("done", doneKey);
        return redirect("/dashboard/subcommittees/plans/{id}", id);
    }

    private String planPage(String id, Submission submission, Map<String, String> errors, Model model) {
        model.addAttribute("plan", panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id));
        model.addAttribute("submission", submission);
        model.addAttribute("errors", errors);
        return "dashboard/subcommittees/plan";
    }

    private String estimatePage(String id, Panel<Plan> plan, EstimateForm form, Submission submission,
                                Map<String, String> errors, Model model) {
        model.addAttribute("kinds", EstimateForm.KINDS);
        return editorPage("estimate", id, plan, form, submission, errors, model);
    }

    private String schedulePage(String id, Panel<Plan> plan, ScheduleForm form, Submission submission,
                                Map<String, String> errors, Model model) {
        model.addAttribute("activityKinds", ScheduleForm.KINDS);
        model.addAttribute("months", ScheduleForm.MONTHS);
        return editorPage("schedule", id, plan, form, submission, errors, model);
    }

    private String comparisonPage(String id, Panel<Plan> plan, ComparisonForm form, Submission submission,
                                  Map<String, String> errors, Model model) {
        model.addAttribute("sources", ComparisonForm.SOURCES);
        return editorPage("comparison", id, plan, form, submission, errors, model);
    }

    private String outlinePage(String id, Panel<Plan> plan, OutlineForm form, Submission submission,
                               Map<String, String> errors, Model model) {
        return editorPage("outline", id, plan, form, submission, errors, model);
    }

    /**
     * A draft plan's editor of one part ({@code estimate}, {@code outline}, {@code schedule}, {@code comparison}): the
     * plan (read unless given), the form as {@code <part>Form}, the service's refusal if any and the errors at their
     * fields.
     */
    private String editorPage(String part, String id, Panel<Plan> plan, Object form, Submission submission,
                              Map<String, String> errors, Model model) {
        model.addAttribute("planId", id);
        model.addAttribute("plan", plan != null ? plan
                : panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id));
        model.addAttribute(part + "Form", form);
        model.addAttribute("submission", submission);
        model.addAttribute("errors", errors);
        return "dashboard/subcommittees/" + part;
    }

    private String reportPage(String id, Submission submission, Map<String, String> errors, Model model) {
        model.addAttribute("report", panels.subcommittee().get(Report.class, "/api/subcommittees/reports/{id}", id));
        model.addAttribute("submission", submission);
        model.addAttribute("errors", errors);
        return "dashboard/subcommittees/report";
    }

    private Map<String, String> messages(Map<String, String> keys) {
        return PlanForms.resolve(messages, keys);
    }

    private static void require(HttpServletRequest request, String role) {
        if (!request.isUserInRole(role)) {
            throw new AccessDeniedException("only " + role + " does this (subcommittee-service's rule)");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    private static String redirect(String path, String id) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).buildAndExpand(id).encode().toUriString();
    }
}
