package io.councilhub.gateway.portal;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.Service;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.VoteAnswers;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * 議決権の行使: the proposals open for votes on which the member's organisation is a voter (a general assembly's, in
 * person or in writing), with the answer it has given so far. Read from events-service as the member user: the
 * year's meetings it may read, each deciding meeting's agenda, each open proposal (whose ballots the service shows
 * the member only its own).
 */
@Component
class PortalVotes {

    /** The meetings whose proposals are voted on (events-service's VotingBody). */
    static final Set<String> DECIDING = Set.of("GENERAL_ASSEMBLY", "EXTRAORDINARY_ASSEMBLY", "EXECUTIVE_COMMITTEE");
    static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    record Meeting(String id, String kind, String title, String status) {
    }

    record MeetingList(List<Meeting> items) {
    }

    record AgendaItem(String id, String type, String status) {
    }

    record Agenda(List<AgendaItem> items) {
    }

    record Voter(String memberId, String name) {
    }

    record Ballot(String voter, String choice, String delegate) {
    }

    /** events {@code GET /api/proposals/{id}}. */
    record Proposal(String id, String meetingId, String heading, String title, String text, String status,
                    boolean written, OffsetDateTime responseDeadline, List<Voter> voters, List<Ballot> ballots) {

        boolean hasVoter(String memberId) {
            return voters != null && voters.stream().anyMatch(voter -> voter.memberId().equals(memberId));
        }

        List<String> voterIds() {
            return voters == null ? List.of() : voters.stream().map(Voter::memberId).toList();
        }

        /** A voter's name, or its id when it is not among the voters. */
        String nameOf(String memberId) {
            return voters == null ? memberId : voters.stream().filter(voter -> voter.memberId().equals(memberId))
                    .map(Voter::name).findFirst().orElse(memberId);
        }

        Optional<Ballot> ballotOf(String memberId) {
            return ballots == null ? Optional.empty()
                    : ballots.stream().filter(ballot -> ballot.voter().equals(memberId)).findFirst();
        }
    }

    /**
     * One open proposal as the portal lists it, with the organisation's answer (null: not answered yet) and the
     * other voters, to whom as to the chair it may give a proxy.
     */
    record OpenVote(String meetingTitle, Proposal proposal, Ballot answer, List<Voter> otherVoters) {

        /** The delegate of the organisation's proxy, by name; null when it answered itself or gave it to the chair. */
        public String delegateName() {
            return answer == null || answer.delegate() == null || VoteAnswers.CHAIR.equals(answer.delegate()) ? null
                    : proposal.nameOf(answer.delegate());
        }
    }

    private final ServicePanels panels;

    PortalVotes(ServicePanels panels) {
        this.panels = panels;
    }

    /** The open proposals of {@code year}'s deciding meetings on which {@code memberId} votes. */
    Panel<List<OpenVote>> open(String memberId, FiscalYear year) {
        ServiceClient events = panels.events();
        Panel<MeetingList> meetings = events.get(MeetingList.class, "/api/meetings?fiscalYear={year}", year.startYear());
        if (!meetings.isAvailable()) {
            return meetings.map(any -> List.of());
        }
        List<Meeting> deciding = meetings.getData().items().stream()
                .filter(meeting -> DECIDING.contains(meeting.kind()) && "SCHEDULED".equals(meeting.status())).toList();
        List<CompletableFuture<Panel<Agenda>>> agendas = deciding.stream()
                .map(meeting -> events.fetch(Agenda.class, "/api/meetings/{id}/agenda", meeting.id())).toList();
        List<CompletableFuture<Panel<Proposal>>> proposals = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < deciding.size(); i++) {
            Panel<Agenda> agenda = agendas.get(i).join();
            if (!agenda.isAvailable()) {
                return Panel.unavailable(Service.EVENTS);
            }
            for (AgendaItem item : agenda.getData().items()) {
                if ("PROPOSAL".equals(item.type()) && "OPEN".equals(item.status())) {
                    proposals.add(events.fetch(Proposal.class, "/api/proposals/{id}", item.id()));
                    titles.add(deciding.get(i).title());
                }
            }
        }
        List<OpenVote> open = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Panel<Proposal> proposal = proposals.get(i).join();
            if (!proposal.isAvailable()) {
                return Panel.unavailable(Service.EVENTS);
            }
            if (proposal.getData().hasVoter(memberId)) {
                Proposal data = proposal.getData();
                open.add(new OpenVote(titles.get(i), data, data.ballotOf(memberId).orElse(null),
                        data.voters().stream().filter(voter -> !voter.memberId().equals(memberId)).toList()));
            }
        }
        return Panel.of(Service.EVENTS, List.copyOf(open));
    }

    /** The proposal as the member reads it now (to know whether it answers for the first time). */
    Panel<Proposal> proposal(String id) {
        return panels.events().get(Proposal.class, "/api/proposals/{id}", id);
    }
}
