package io.councilhub.events.proposal.web;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.events.proposal.Agenda;
import io.councilhub.events.proposal.AgendaItem;
import io.councilhub.events.proposal.Ballot;
import io.councilhub.events.proposal.Choice;
import io.councilhub.events.proposal.web.ProposalViews.BallotView;
import io.councilhub.events.proposal.web.ProposalViews.ItemView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

/**
 * {@code /api/proposals/{id}}: an agenda item, its voting and its decision. The secretariat opens and closes
 * voting and may record any voter's answer (an in-person meeting, a written answer received on paper). A member
 * organisation answers for itself through any of its users (the token's {@code member_id}, MEMBER or OFFICER);
 * answering for another organisation is a 403, and an organisation that is not a voter gets a 409.
 */
@RestController
@RequestMapping("/api/proposals/{id}")
class ProposalController {

    private final Agenda agenda;
    private final JwtSettings jwt;

    ProposalController(Agenda agenda, JwtSettings jwt) {
        this.agenda = agenda;
        this.jwt = jwt;
    }

    record VoteRequest(@Size(max = 100) String voter, @NotNull Choice choice) {
    }

    record ChangeRequest(@NotNull Choice choice) {
    }

    record ProxyRequest(@Size(max = 100) String voter, @NotBlank @Size(max = 100) String delegate) {
    }

    record CloseRequest(LocalDate decidedOn) {
    }

    @GetMapping
    ItemView get(@PathVariable String id, Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        AgendaItem item = agenda.get(id);
        return ItemView.of(item, voter -> mayReadEveryBallot(user) || user.memberId().filter(voter::equals).isPresent(),
                agenda.rule(item));
    }

    /** 採決の開始: fixes the voters now. */
    @PostMapping("/opening")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ItemView open(@PathVariable String id) {
        AgendaItem item = agenda.openVoting(id);
        return ItemView.of(item, voter -> true, agenda.rule(item));
    }

    /** 採決: the caller's organisation answers, or the secretariat records {@code voter}'s answer. */
    @PostMapping("/votes")
    ResponseEntity<BallotView> vote(@PathVariable String id, @Valid @RequestBody VoteRequest request, Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        String voter = voterFor(user, request.voter());
        Ballot ballot = agenda.vote(id, voter, request.choice(), user.subject());
        return ResponseEntity.created(URI.create("/api/proposals/" + id + "/votes/" + voter)).body(BallotView.of(ballot));
    }

    /** Changes an answer while the proposal is open (and, in writing, before the deadline). */
    @PutMapping("/votes/{voter}")
    BallotView changeVote(@PathVariable String id, @PathVariable String voter, @Valid @RequestBody ChangeRequest request,
                          Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        return BallotView.of(agenda.changeVote(id, voterFor(user, voter), request.choice(), user.subject()));
    }

    /** 委任状: gives the vote to another voter or to the chair ({@code "CHAIR"}). */
    @PostMapping("/proxies")
    ResponseEntity<BallotView> delegate(@PathVariable String id, @Valid @RequestBody ProxyRequest request,
                                        Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        String voter = voterFor(user, request.voter());
        Ballot ballot = agenda.delegate(id, voter, request.delegate().strip(), user.subject());
        return ResponseEntity.created(URI.create("/api/proposals/" + id + "/votes/" + voter)).body(BallotView.of(ballot));
    }

    /** 採決の終了: counts and decides; {@code decidedOn} (optional, default today) is the day of the decision. */
    @PostMapping("/closing")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ItemView close(@PathVariable String id, @RequestBody(required = false) CloseRequest request, Authentication caller) {
        AgendaItem item = agenda.close(id, request == null ? null : request.decidedOn(), caller.getName());
        return ItemView.of(item, voter -> true, agenda.rule(item));
    }

    /**
     * Whose answer the caller gives: the secretariat names the voter; anyone else answers for the organisation of
     * its token and may name only that one.
     */
    private static String voterFor(CouncilUser user, String named) {
        String voter = named == null || named.isBlank() ? null : named.strip();
        if (user.has(Role.SECRETARIAT)) {
            if (voter == null) {
                throw new InvalidFieldException("voter", "the secretariat records an answer on behalf of a voter: name its member id");
            }
            return voter;
        }
        String own = user.memberId().orElseThrow(() ->
                new AccessDeniedException("only a member organisation's user (or the secretariat) answers"));
        if (voter != null && !voter.equals(own)) {
            throw new AccessDeniedException("a user answers only for its own organisation");
        }
        return own;
    }

    private static boolean mayReadEveryBallot(CouncilUser user) {
        return user.has(Role.SECRETARIAT) || user.has(Role.OFFICER);
    }
}
