package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Agenda;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.AgendaItem;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Attendance;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Calendar;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Meeting;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.MeetingList;
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

/**
 * {@code /dashboard/meetings}: the selected year's meetings and its 年間活動計画書 grid; {@code /dashboard/meetings/{id}}:
 * one meeting with its registrations (attendance marked here), the attendance figures and the agenda of numbered
 * proposals with their vote results. The secretariat also schedules a meeting ({@code /new}) and puts a numbered
 * proposal on a deciding meeting's agenda. Everything from events-service, each read its own panel.
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
        return meetingPage(id, null, null, Map.of(), model);
    }

    /** 議案の追加: checks the form, then {@code POST /api/meetings/{id}/agenda/proposals}; opens the new proposal. */
    @PostMapping("/{id}/agenda/proposals")
    String addProposal(@PathVariable String id, @ModelAttribute("proposalForm") MeetingForms.NewProposal form,
                       HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return meetingPage(id, form, null, StaffRole.messages(messages, problems), model);
        }
        Submission added = panels.events().post("/api/meetings/{id}/agenda/proposals", form.body(), id);
        if (!added.isAccepted()) {
            response.setStatus(refusedStatus(added));
            return meetingPage(id, form, added, added.getFieldErrors(), model);
        }
        redirect.addFlashAttribute("done", "meetings.done.proposalAdded");
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/meetings/proposals/{pid}")
                .buildAndExpand(added.getBody().path("id").asString()).encode().toUriString();
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

    private String meetingPage(String id, MeetingForms.NewProposal proposalForm, Submission submission,
                               Map<String, String> errors, Model model) {
        ServiceClient events = panels.events();
        CompletableFuture<Panel<Meeting>> meeting = events.fetch(Meeting.class, "/api/meetings/{id}", id);
        CompletableFuture<Panel<Registrations>> registrations = events.fetch(Registrations.class,
                "/api/meetings/{id}/registrations", id);
        CompletableFuture<Panel<Attendance>> attendance = events.fetch(Attendance.class, "/api/meetings/{id}/attendance", id);
        CompletableFuture<Panel<Agenda>> agenda = events.fetch(Agenda.class, "/api/meetings/{id}/agenda", id);
        Panel<Meeting> shown = meeting.join();
        Panel<Agenda> items = agenda.join();
        model.addAttribute("meetingId", id);
        model.addAttribute("meeting", shown);
        model.addAttribute("registrations", registrations.join());
        model.addAttribute("attendance", attendance.join());
        model.addAttribute("agenda", items);
        boolean deciding = shown.isAvailable() && MeetingForms.DECIDING.contains(shown.getData().kind())
                && !"CANCELLED".equals(shown.getData().status());
        model.addAttribute("deciding", deciding);
        if (deciding) {
            int next = items.orElse(new Agenda(id, List.of())).items().stream().filter(AgendaItem::isProposal)
                    .mapToInt(AgendaItem::number).max().orElse(0) + 1;
            model.addAttribute("proposalForm", proposalForm != null ? proposalForm
                    : MeetingForms.NewProposal.empty(next, shown.getData().fiscalYear()));
            model.addAttribute("proposalKinds", MeetingForms.PROPOSAL_KINDS);
        }
        if (submission != null) {
            model.addAttribute("proposalSubmission", submission);
        }
        model.addAttribute("errors", errors);
        return "dashboard/meetings/meeting";
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
