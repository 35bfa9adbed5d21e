package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Agenda;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Attendance;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Calendar;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Meeting;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.MeetingList;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Registrations;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
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

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard/meetings}: the selected year's meetings and its 年間活動計画書 grid; {@code /dashboard/meetings/{id}}:
 * one meeting with its registrations (attendance marked here), the attendance figures and the agenda of numbered
 * proposals with their vote results. Everything from events-service, each read its own panel.
 */
@Controller
@RequestMapping("/dashboard/meetings")
class MeetingsController {

    private final ServicePanels panels;

    MeetingsController(ServicePanels panels) {
        this.panels = panels;
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

    @GetMapping("/{id}")
    String meeting(@PathVariable String id, Model model) {
        ServiceClient events = panels.events();
        CompletableFuture<Panel<Meeting>> meeting = events.fetch(Meeting.class, "/api/meetings/{id}", id);
        CompletableFuture<Panel<Registrations>> registrations = events.fetch(Registrations.class,
                "/api/meetings/{id}/registrations", id);
        CompletableFuture<Panel<Attendance>> attendance = events.fetch(Attendance.class, "/api/meetings/{id}/attendance", id);
        CompletableFuture<Panel<Agenda>> agenda = events.fetch(Agenda.class, "/api/meetings/{id}/agenda", id);
        model.addAttribute("meetingId", id);
        model.addAttribute("meeting", meeting.join());
        model.addAttribute("registrations", registrations.join());
        model.addAttribute("attendance", attendance.join());
        model.addAttribute("agenda", agenda.join());
        return "dashboard/meetings/meeting";
    }

    /** Marks a confirmed registration attended (or not): {@code PUT .../registrations/{rid}/attendance}. */
    @PostMapping("/{id}/registrations/{registrationId}/attendance")
    String attendance(@PathVariable String id, @PathVariable String registrationId, @RequestParam boolean attended,
                      RedirectAttributes redirect) {
        Submission recorded = panels.events().send("PUT", "/api/meetings/{id}/registrations/{rid}/attendance",
                Map.of("attended", attended), id, registrationId);
        redirect.addFlashAttribute("submission", recorded);
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/meetings/{id}").fragment("registrations")
                .buildAndExpand(id).encode().toUriString();
    }
}
