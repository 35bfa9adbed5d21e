package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Agenda;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.AgendaItem;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Attendance;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Calendar;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Meeting;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.MeetingList;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Minutes;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Registrations;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * {@code /dashboard/meetings}: the selected year's meetings and its 年間活動計画書 grid; {@code /dashboard/meetings/{id}}:
 * one meeting with its registrations (attendance marked here), the attendance figures, the agenda of numbered
 * proposals and reports with their vote results, and the minutes. The secretariat also schedules a meeting
 * ({@code /new}), reschedules or cancels it, puts numbered proposals and reports on a deciding meeting's agenda and
 * writes the minutes. Everything from events-service, each read its own panel.
 */
@Controller
@RequestMapping("/dashboard/meetings")
class MeetingsController {

    private final ServicePanels panels;
    private final MessageSource messages;

    MeetingsController(ServicePanels panels, MessageSource messages) {
        this.panels = panels;
        this.messages = messages;
    }

    @ModelAttribute("secretariat")
    boolean secretariat(HttpServletRequest request) {
        return StaffRole.secretariat(request);
    }

    @GetMapping
    String meetings(@ModelAttribute("fy") FiscalYear fy, Model model) {
        ServiceClient events = panels.events();
        CompletableFuture<Panel<MeetingList>> meetings = events.fetch(MeetingList.class, "/api/meetings?fiscalYear={year}",
                fy.startYear());
        CompletableFuture<Panel<Calendar>> calendar = events.fetch(Calendar.class, "/api/calendar/{year}", fy.startYear());
        model.addAttribute("meetings", meetings.join());
        model.addAttribute("calendar", calendar.join());
        return "dashboard/meetings/meetings";
    }

    /** The form to schedule a meeting (secretariat). */
    @GetMapping("/new")
    String scheduleForm(HttpServletRequest request, Model model) {
        StaffRole.requireSecretariat(request);
        return scheduleAgain(MeetingForms.Schedule.empty(), null, Map.of(), model);
    }

    /** 会議の登録: checks the form, then {@code POST /api/meetings}; a refusal shows the form again with the reason. */
    @PostMapping
    String schedule(@ModelAttribute("form") MeetingForms.Schedule form, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return scheduleAgain(form, null, StaffRole.messages(messages, problems), model);
        }
        Submission scheduled = panels.events().post("/api/meetings", form.body());
        if (!scheduled.isAccepted()) {
            response.setStatus(refusedStatus(scheduled));
            Map<String, String> errors = new LinkedHashMap<>();
            scheduled.getFieldErrors().forEach((field, message) ->
                    errors.merge(MeetingForms.Schedule.formField(field), message, (a, b) -> a + " / " + b));
            return scheduleAgain(form, scheduled, errors, model);
        }
        redirect.addFlashAttribute("done", "meetings.done.scheduled");
        return redirectToMeeting(scheduled.getBody().path("id").asString(), null);
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable String id, Model model) {
        return meetingPage(id, model);
    }

    /** 議案の追加: checks the form, then {@code POST /api/meetings/{id}/agenda/proposals}; opens the new proposal. */
    @PostMapping("/{id}/agenda/proposals")
    String addProposal(@PathVariable String id, @ModelAttribute("proposalForm") MeetingForms.NewProposal form,
                       HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return formAgain(id, "proposal", null, StaffRole.messages(messages, problems), response, model);
        }
        Submission added = panels.events().post("/api/meetings/{id}/agenda/proposals", form.body(), id);
        if (!added.isAccepted()) {
            return formAgain(id, "proposal", added, added.getFieldErrors(), response, model);
        }
        redirect.addFlashAttribute("done", "meetings.done.proposalAdded");
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/meetings/proposals/{pid}")
                .buildAndExpand(added.getBody().path("id").asString()).encode().toUriString();
    }

    /** 報告事項の追加: checks the form, then {@code POST /api/meetings/{id}/agenda/reports}; back to the agenda. */
    @PostMapping("/{id}/agenda/reports")
    String addReport(@PathVariable String id, @ModelAttribute("reportForm") MeetingForms.NewReport form,
                     HttpServletRequest request, HttpServletResponse response, Model model,
                     RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        return command(id, "report", form.problems(), () -> panels.events().post("/api/meetings/{id}/agenda/reports",
                form.body(), id), field -> field, "meetings.done.reportAdded", "agenda", response, model, redirect);
    }

    /**
     * 日程変更: checks the form, then {@code POST /api/meetings/{id}/rescheduling}. events-service records
     * MeetingRescheduled, and notification-service tells the registrants.
     */
    @PostMapping("/{id}/rescheduling")
    String reschedule(@PathVariable String id, @ModelAttribute("rescheduleForm") MeetingForms.Reschedule form,
                      HttpServletRequest request, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        return command(id, "reschedule", form.problems(), () -> panels.events().post("/api/meetings/{id}/rescheduling",
                form.body(), id), MeetingForms.Reschedule::formField, "meetings.done.rescheduled", null, response,
                model, redirect);
    }

    /** 中止: checks the reason, then {@code POST /api/meetings/{id}/cancellation}; the registrants are told. */
    @PostMapping("/{id}/cancellation")
    String cancel(@PathVariable String id, @ModelAttribute("cancelForm") MeetingForms.Cancellation form,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        return command(id, "cancel", form.problems(), () -> panels.events().post("/api/meetings/{id}/cancellation",
                form.body(), id), field -> field, "meetings.done.cancelled", null, response, model, redirect);
    }

    /** 議事録: checks the text, then {@code PUT /api/meetings/{id}/minutes} (the whole text, each time). */
    @PostMapping("/{id}/minutes")
    String reviseMinutes(@PathVariable String id, @ModelAttribute("minutesForm") MeetingForms.MinutesText form,
                         HttpServletRequest request, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        return command(id, "minutes", form.problems(), () -> panels.events().send("PUT", "/api/meetings/{id}/minutes",
                form.body(), id), field -> field, "meetings.done.minutesSaved", "minutes", response, model, redirect);
    }

    /** Marks a confirmed registration attended (or not): {@code PUT .../registrations/{rid}/attendance} (secretariat). */
    @PostMapping("/{id}/registrations/{registrationId}/attendance")
    String attendance(@PathVariable String id, @PathVariable String registrationId, @RequestParam boolean attended,
                      HttpServletRequest request, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Submission recorded = panels.events().send("PUT", "/api/meetings/{id}/registrations/{rid}/attendance",
                Map.of("attended", attended), id, registrationId);
        redirect.addFlashAttribute("submission", recorded);
        return redirectToMeeting(id, "registrations");
    }

    /**
     * 参加登録の取消 on the registrant's behalf (secretariat): {@code POST .../registrations/{rid}/cancellation}.
     * events-service gives the place to the first on the waitlist.
     */
    @PostMapping("/{id}/registrations/{registrationId}/cancellation")
    String cancelRegistration(@PathVariable String id, @PathVariable String registrationId,
                              HttpServletRequest request, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Submission cancelled = panels.events().post("/api/meetings/{id}/registrations/{rid}/cancellation", Map.of(),
                id, registrationId);
        if (cancelled.isAccepted()) {
            redirect.addFlashAttribute("done", "meetings.done.registrationCancelled");
        } else {
            redirect.addFlashAttribute("submission", cancelled);
        }
        return redirectToMeeting(id, "registrations");
    }

    /**
     * Sends one of the meeting page's commands once its form has no problems ({@code form}: the form's name on the
     * page, which shows its errors and the service's refusal next to it), and goes back to the page on success.
     */
    private String command(String id, String form, Map<String, String> problems, Supplier<Submission> send,
                           UnaryOperator<String> formField, String done, String fragment,
                           HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            return formAgain(id, form, null, StaffRole.messages(messages, problems), response, model);
        }
        Submission sent = send.get();
        if (!sent.isAccepted()) {
            Map<String, String> errors = new LinkedHashMap<>();
            sent.getFieldErrors().forEach((field, message) ->
                    errors.merge(formField.apply(field), message, (a, b) -> a + " / " + b));
            return formAgain(id, form, sent, errors, response, model);
        }
        redirect.addFlashAttribute("done", done);
        return redirectToMeeting(id, fragment);
    }

    /** The meeting page again with one form's errors and, when the service refused it, the refusal (4xx or 503). */
    private String formAgain(String id, String form, Submission refused, Map<String, String> errors,
                             HttpServletResponse response, Model model) {
        response.setStatus(refused == null ? 400 : refusedStatus(refused));
        model.addAttribute(form + "Errors", errors);
        if (refused != null) {
            model.addAttribute(form + "Submission", refused);
        }
        return meetingPage(id, model);
    }

    /** The page; each form keeps what was typed into it when the page comes back with its errors. */
    private String meetingPage(String id, Model model) {
        ServiceClient events = panels.events();
        CompletableFuture<Panel<Meeting>> meeting = events.fetch(Meeting.class, "/api/meetings/{id}", id);
        CompletableFuture<Panel<Registrations>> registrations = events.fetch(Registrations.class,
                "/api/meetings/{id}/registrations", id);
        CompletableFuture<Panel<Attendance>> attendance = events.fetch(Attendance.class, "/api/meetings/{id}/attendance", id);
        CompletableFuture<Panel<Agenda>> agenda = events.fetch(Agenda.class, "/api/meetings/{id}/agenda", id);
        CompletableFuture<Panel<Minutes>> minutes = events.fetch(Minutes.class, "/api/meetings/{id}/minutes", id);
        Panel<Meeting> shown = meeting.join();
        Panel<Agenda> items = agenda.join();
        Panel<Minutes> written = minutes.join();
        model.addAttribute("meetingId", id);
        model.addAttribute("meeting", shown);
        model.addAttribute("registrations", registrations.join());
        model.addAttribute("attendance", attendance.join());
        model.addAttribute("agenda", items);
        model.addAttribute("minutes", written);
        boolean scheduled = shown.isAvailable() && "SCHEDULED".equals(shown.getData().status());
        boolean deciding = scheduled && MeetingForms.DECIDING.contains(shown.getData().kind());
        model.addAttribute("scheduled", scheduled);
        model.addAttribute("deciding", deciding);
        if (scheduled) {
            model.addAttribute("hasVenue", !"ONLINE".equals(shown.getData().format())
                    && !"WRITTEN".equals(shown.getData().format()));
            absent(model, "rescheduleForm", () -> MeetingForms.Reschedule.of(shown.getData()));
            absent(model, "cancelForm", () -> new MeetingForms.Cancellation(""));
        }
        if (deciding) {
            List<AgendaItem> agendaItems = items.orElse(new Agenda(id, List.of())).items();
            absent(model, "proposalForm", () -> MeetingForms.NewProposal.empty(next(agendaItems, true),
                    shown.getData().fiscalYear()));
            absent(model, "reportForm", () -> MeetingForms.NewReport.empty(next(agendaItems, false)));
            model.addAttribute("proposalKinds", MeetingForms.PROPOSAL_KINDS);
        }
        absent(model, "minutesForm", () -> new MeetingForms.MinutesText(
                written.isAvailable() && written.getData().text() != null ? written.getData().text() : ""));
        return "dashboard/meetings/meeting";
    }

    /** The next number of the agenda's proposals (議案第○号) or of its reports (報告第○号). */
    private static int next(List<AgendaItem> items, boolean proposals) {
        return items.stream().filter(item -> item.isProposal() == proposals).mapToInt(AgendaItem::number).max()
                .orElse(0) + 1;
    }

    private static void absent(Model model, String name, Supplier<Object> value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value.get());
        }
    }

    private String scheduleAgain(MeetingForms.Schedule form, Submission submission, Map<String, String> errors,
                                 Model model) {
        model.addAttribute("form", form);
        model.addAttribute("submission", submission);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MeetingForms.KINDS);
        model.addAttribute("formats", MeetingForms.FORMATS);
        model.addAttribute("audiences", MeetingForms.AUDIENCES);
        return "dashboard/meetings/schedule";
    }

    static int refusedStatus(Submission submission) {
        return submission.isUnavailable() ? 503 : submission.getStatus();
    }

    private static String redirectToMeeting(String id, String fragment) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard/meetings/{id}");
        if (fragment != null) {
            uri.fragment(fragment);
        }
        return "redirect:" + uri.buildAndExpand(id).encode().toUriString();
    }
}
