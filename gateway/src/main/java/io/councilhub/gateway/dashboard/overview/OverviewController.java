package io.councilhub.gateway.dashboard.overview;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Agenda;
import io.councilhub.gateway.dashboard.overview.OverviewApi.AgendaItem;
import io.councilhub.gateway.dashboard.overview.OverviewApi.DeliveryStatistics;
import io.councilhub.gateway.dashboard.overview.OverviewApi.DuesForecast;
import io.councilhub.gateway.dashboard.overview.OverviewApi.DuesRoll;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Issue;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Ledger;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Meeting;
import io.councilhub.gateway.dashboard.overview.OverviewApi.MeetingList;
import io.councilhub.gateway.dashboard.overview.OverviewApi.MemberCounts;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Publication;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.Service;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.core.type.TypeReference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard}: the selected fiscal year at a glance: members by category, dues invoiced / paid /
 * outstanding and the forecast, budget execution, the year's coming meetings, proposals open for votes, the
 * latest newsletter's delivery, and (from the operations pages) dead letters. Every service is called at
 * the same time; each panel shows its data or its service's notice.
 */
@Controller
class OverviewController {

    private static final int MEETINGS_SHOWN = 6;

    private final ServicePanels panels;
    private final Clock clock = Clock.systemDefaultZone();

    OverviewController(ServicePanels panels) {
        this.panels = panels;
    }

    /** An open proposal with the meeting it is on. */
    record OpenProposal(Meeting meeting, AgendaItem item) {
    }

    /** The newest issue that went out, with its delivery figures. */
    record LatestDelivery(Publication publication, Issue issue, DeliveryStatistics statistics) {
    }

    @GetMapping("/dashboard")
    String overview(@ModelAttribute("fy") FiscalYear fy, Model model) {
        int year = fy.startYear();
        ServiceClient events = panels.events();
        ServiceClient notification = panels.notification();
        CompletableFuture<Panel<MemberCounts>> members = panels.membership()
                .fetch(MemberCounts.class, "/api/members/counts?fiscalYear={year}", year);
        CompletableFuture<Panel<DuesRoll>> dues = panels.finance()
                .fetch(DuesRoll.class, "/api/finance/fiscal-years/{year}/dues-roll", year);
        CompletableFuture<Panel<DuesForecast>> forecast = panels.finance()
                .fetch(DuesForecast.class, "/api/finance/fiscal-years/{year}/dues-forecast", year);
        CompletableFuture<Panel<Ledger>> ledger = panels.finance()
                .fetch(Ledger.class, "/api/finance/fiscal-years/{year}/ledger", year);
        CompletableFuture<Panel<MeetingList>> meetings = events
                .fetch(MeetingList.class, "/api/meetings?fiscalYear={year}", year);
        CompletableFuture<Panel<List<OpenProposal>>> proposals = meetings.thenCompose(list -> openProposals(events, list));
        CompletableFuture<Panel<LatestDelivery>> newsletter = latestDelivery(notification);

        model.addAttribute("members", members.join());
        model.addAttribute("dues", dues.join());
        model.addAttribute("forecast", forecast.join());
        model.addAttribute("ledger", ledger.join());
        model.addAttribute("meetings", meetings.join().map(list -> coming(list, fy)));
        model.addAttribute("meetingsUpcoming", fy.end().isAfter(LocalDate.now(clock)));
        model.addAttribute("proposals", proposals.join());
        model.addAttribute("newsletter", newsletter.join());
        return "dashboard/overview/overview";
    }

    /** The year's meetings not cancelled, from today on while the year runs, else all of them; the first few. */
    private List<Meeting> coming(MeetingList list, FiscalYear fy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean running = !fy.end().isBefore(LocalDate.now(clock)) && !fy.start().isAfter(LocalDate.now(clock));
        return list.items().stream()
                .filter(meeting -> !"CANCELLED".equals(meeting.status()))
                .filter(meeting -> !running || meeting.startsAt() == null || meeting.startsAt().isAfter(now))
                .sorted(Comparator.comparing(Meeting::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(MEETINGS_SHOWN)
                .toList();
    }

    /** Proposals open for votes on the year's meetings: each meeting's agenda, read at the same time. */
    private CompletableFuture<Panel<List<OpenProposal>>> openProposals(ServiceClient events, Panel<MeetingList> meetings) {
        if (!meetings.isAvailable()) {
            return CompletableFuture.completedFuture(Panel.unavailable(Service.EVENTS));
        }
        List<Meeting> held = meetings.getData().items().stream()
                .filter(meeting -> !"CANCELLED".equals(meeting.status())).toList();
        List<CompletableFuture<Panel<Agenda>>> agendas = held.stream()
                .map(meeting -> events.fetch(Agenda.class, "/api/meetings/{id}/agenda", meeting.id()))
                .toList();
        return CompletableFuture.allOf(agendas.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<OpenProposal> open = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                Panel<Agenda> agenda = agendas.get(i).join();
                if (agenda.getState() == Panel.State.UNAVAILABLE) {
                    return Panel.unavailable(Service.EVENTS);
                }
                for (AgendaItem item : agenda.orElse(new Agenda(held.get(i).id(), List.of())).items()) {
                    if ("PROPOSAL".equals(item.type()) && "OPEN".equals(item.status())) {
                        open.add(new OpenProposal(held.get(i), item));
                    }
                }
            }
            return Panel.of(Service.EVENTS, open);
        });
    }

    /** The first publication's newest issue that was sent (or is sending) from here, with its delivery figures. */
    private CompletableFuture<Panel<LatestDelivery>> latestDelivery(ServiceClient notification) {
        return notification.fetch(new TypeReference<List<Publication>>() { }, "/api/newsletters")
                .thenCompose(publications -> {
                    if (!publications.isAvailable()) {
                        return CompletableFuture.completedFuture(Panel.unavailable(Service.NOTIFICATION));
                    }
                    if (publications.getData().isEmpty()) {
                        return CompletableFuture.completedFuture(Panel.of(Service.NOTIFICATION, null));
                    }
                    Publication publication = publications.getData().get(0);
                    return notification.fetch(new TypeReference<List<Issue>>() { },
                            "/api/newsletters/{id}/issues", publication.id()).thenCompose(issues -> {
                        if (!issues.isAvailable()) {
                            return CompletableFuture.completedFuture(Panel.unavailable(Service.NOTIFICATION));
                        }
                        Issue latest = issues.getData().stream()
                                .filter(issue -> !issue.imported())
                                .filter(issue -> "SENT".equals(issue.status()) || "SENDING".equals(issue.status()))
                                .max(Comparator.comparingInt(Issue::number)).orElse(null);
                        if (latest == null) {
                            return CompletableFuture.completedFuture(
                                    Panel.of(Service.NOTIFICATION, new LatestDelivery(publication, null, null)));
                        }
                        return notification.fetch(DeliveryStatistics.class,
                                        "/api/newsletters/{id}/issues/{number}/delivery", publication.id(), latest.number())
                                .thenApply(statistics -> statistics.isAvailable()
                                        ? Panel.of(Service.NOTIFICATION, new LatestDelivery(publication, latest, statistics.getData()))
                                        : Panel.of(Service.NOTIFICATION, new LatestDelivery(publication, latest, null)));
                    });
                });
    }
}
