package io.councilhub.gateway.dashboard.overview;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Agenda;
import io.councilhub.gateway.dashboard.overview.OverviewApi.AgendaItem;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Ballot;
import io.councilhub.gateway.dashboard.overview.OverviewApi.DeliveryStatistics;
import io.councilhub.gateway.dashboard.overview.OverviewApi.DuesForecast;
import io.councilhub.gateway.dashboard.overview.OverviewApi.DuesRoll;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Issue;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Ledger;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Meeting;
import io.councilhub.gateway.dashboard.overview.OverviewApi.MeetingList;
import io.councilhub.gateway.dashboard.overview.OverviewApi.MemberCounts;
import io.councilhub.gateway.dashboard.overview.OverviewApi.ProposalVotes;
import io.councilhub.gateway.dashboard.overview.OverviewApi.Publication;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.Service;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.identity.CurrentUser;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard}: the selected fiscal year at a glance: members by category, dues invoiced / paid /
 * outstanding and the forecast, budget execution, the year's coming meetings, proposals open for votes, the
 * latest newsletter's delivery, and (from the operations pages) dead letters. Every service is called at
 * the same time; each panel shows its data or its service's notice. An officer who answers for a member organisation
 * also sees, on each open proposal its organisation votes on, whether it has answered yet.
 */
@Controller
class OverviewController {

    private static final int MEETINGS_SHOWN = 6;

    private final ServicePanels panels;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemDefaultZone();

    OverviewController(ServicePanels panels, CurrentUser currentUser) {
        this.panels = panels;
        this.currentUser = currentUser;
    }

    /**
     * An open proposal with the meeting it is on and, for a user who answers for an organisation that votes on it,
     * that organisation's answer so far (else null).
     */
    record OpenProposal(Meeting meeting, AgendaItem item, OwnAnswer own) {
    }

    /**
     * The user's organisation on an open proposal: its name, its choice so far, or that it gave its vote by proxy
     * (委任); awaiting while it has done neither.
     */
    record OwnAnswer(String organisation, String choice, boolean delegated) {

        public boolean awaiting() {
            return choice == null && !delegated;
        }
    }

    /** The open proposals, and how many of them still wait for the user's organisation (with its name). */
    record OpenProposals(List<OpenProposal> items, String organisation, long awaiting) {

        static OpenProposals of(List<OpenProposal> items) {
            List<OwnAnswer> own = items.stream().map(OpenProposal::own).filter(Objects::nonNull).toList();
            return new OpenProposals(items, own.isEmpty() ? null : own.get(0).organisation(),
                    own.stream().filter(OwnAnswer::awaiting).count());
        }

        public boolean isEmpty() {
            return items.isEmpty();
        }
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
        Optional<String> organisation = currentUser.organisation();
        CompletableFuture<Panel<OpenProposals>> proposals = meetings
                .thenCompose(list -> openProposals(events, list))
                .thenCompose(open -> organisation.map(own -> withOwnAnswers(events, open, own))
                        .orElseGet(() -> CompletableFuture.completedFuture(open.map(OpenProposals::of))));
        CompletableFuture<Panel<LatestDelivery>> newsletter = latestDelivery(notification);

        model.addAttribute("members", members.join());
        model.addAttribute("dues", dues.join());
        model.addAttribute("forecast", forecast.join());
        model.addAttribute("ledger", ledger.join());
        model.addAttribute("meetings", meetings.join().map(list -> coming(list, fy)));
        model.addAttribute("meetingsUpcoming", !fy.end().isBefore(LocalDate.now(clock)));
        model.addAttribute("proposals", proposals.join());
        model.addAttribute("newsletter", newsletter.join());
        return "dashboard/overview/overview";
    }

    /** The year's meetings not cancelled, from now on while the year runs, else all of them; the first few. */
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
                        open.add(new OpenProposal(held.get(i), item, null));
                    }
                }
            }
            return Panel.of(Service.EVENTS, open);
        });
    }

    /**
     * Each open proposal's voters and answers, read at the same time, for the organisation the user answers for. A
     * proposal whose votes cannot be read is listed without its answer; the list itself stays.
     */
    private CompletableFuture<Panel<OpenProposals>> withOwnAnswers(ServiceClient events, Panel<List<OpenProposal>> open,
                                                                   String organisation) {
        if (!open.isAvailable()) {
            return CompletableFuture.completedFuture(open.map(OpenProposals::of));
        }
        List<CompletableFuture<OpenProposal>> answered = open.getData().stream()
                .map(proposal -> events.fetch(ProposalVotes.class, "/api/proposals/{id}", proposal.item().id())
                        .thenApply(votes -> new OpenProposal(proposal.meeting(), proposal.item(),
                                votes.isAvailable() ? ownAnswer(votes.getData(), organisation) : null)))
                .toList();
        return CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new)).thenApply(done ->
                Panel.of(Service.EVENTS, OpenProposals.of(answered.stream().map(CompletableFuture::join).toList())));
    }

    /** The organisation's answer on a proposal it votes on; null when it is not one of the voters. */
    private static OwnAnswer ownAnswer(ProposalVotes votes, String organisation) {
        Optional<Ballot> ballot = votes.ballots().stream().filter(answer -> organisation.equals(answer.voter())).findFirst();
        return votes.voters().stream().filter(voter -> organisation.equals(voter.memberId())).findFirst()
                .map(voter -> new OwnAnswer(voter.name(), ballot.map(Ballot::choice).orElse(null),
                        ballot.map(answer -> answer.choice() == null && answer.delegate() != null).orElse(false)))
                .orElse(null);
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
