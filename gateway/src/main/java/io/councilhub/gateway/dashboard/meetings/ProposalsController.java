package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.meetings.MeetingViews.Ballot;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Meeting;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Proposal;
import io.councilhub.gateway.dashboard.meetings.MeetingViews.Voter;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import io.councilhub.gateway.dashboard.panel.VoteAnswers;
import io.councilhub.gateway.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /dashboard/meetings/proposals/{id}}: one proposal (第7号議案) of a meeting's agenda with its voters, each
 * voter's answer, the running count and, once closed, the decision with its count and quorum. The secretariat opens
 * voting, records answers and proxies on a voter's behalf (an in-person meeting, a written answer received on paper)
 * and closes voting; events-service counts and decides. A written resolution (書面決議) takes written answers until
 * its response deadline and closes itself then. An officer whose user represents a voting organisation (幹事会 is
 * voted by the officers' organisations) answers for it here too, as a member user does in the portal.
 */
@Controller
@RequestMapping("/dashboard/meetings/proposals/{id}")
class ProposalsController {

    private final ServicePanels panels;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    ProposalsController(ServicePanels panels, MessageSource messages, CurrentUser currentUser) {
        this.panels = panels;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /** The organisation the user answers for (an officer who represents one), or null. */
    @ModelAttribute("ownVoter")
    String ownVoter() {
        return currentUser.organisation().orElse(null);
    }

    @ModelAttribute("secretariat")
    boolean secretariat(HttpServletRequest request) {
        return StaffRole.secretariat(request);
    }

    @GetMapping
    String proposal(@PathVariable String id, Model model) {
        return page(id, load(id), null, Map.of(), model);
    }

    /** 採決の開始: {@code POST /api/proposals/{id}/opening} fixes the voters. */
    @PostMapping("/opening")
    String open(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Submission opened = panels.events().post("/api/proposals/{id}/opening", null, id);
        return after(id, opened, "meetings.done.opened", response, model, redirect);
    }

    /**
     * 賛否の記録 on a voter's behalf: a first answer is {@code POST .../votes {voter, choice}}, a changed one
     * {@code PUT .../votes/{voter} {choice}}.
     */
    @PostMapping("/votes")
    String vote(@PathVariable String id, @ModelAttribute("voteForm") MeetingForms.Vote form, HttpServletRequest request,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        return withVoters(id, form::problems, response, model, proposal -> {
            boolean answered = proposal.ballots().stream().map(Ballot::voter).anyMatch(form.voter()::equals);
            Submission recorded = VoteAnswers.send(panels.events(), id, form.voter(), true, answered, form.choice());
            return after(id, recorded, answered ? "meetings.done.voteChanged" : "meetings.done.voted",
                    response, model, redirect);
        });
    }

    /**
     * 自団体としての回答: the officer's organisation answers for itself, {@code POST .../votes {choice}} the first time
     * and {@code PUT .../votes/{own}} after; events-service refuses an organisation that is not a voter (409).
     */
    @PostMapping("/own-vote")
    String ownVote(@PathVariable String id, @RequestParam(required = false) String choice, HttpServletResponse response,
                   Model model, RedirectAttributes redirect) {
        String own = currentUser.organisation().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "the user represents no member organisation"));
        return withVoters(id, voters -> ownVoteProblems(choice), response, model, proposal -> {
            boolean answered = proposal.ballots().stream().map(Ballot::voter).anyMatch(own::equals);
            Submission recorded = VoteAnswers.send(panels.events(), id, own, false, answered, choice);
            return after(id, recorded, answered ? "meetings.done.voteChanged" : "meetings.done.voted",
                    response, model, redirect);
        });
    }

    /**
     * 委任状 of the officer's own organisation, not attending: {@code POST .../proxies {delegate}}, to the chair
     * ({@code CHAIR}, the default) or another voter, the organisation taken from the token. A delegate that is
     * neither comes back 400 at the field; events-service refuses a written resolution's and one after an answer.
     */
    @PostMapping("/own-proxy")
    String ownProxy(@PathVariable String id, @RequestParam(defaultValue = VoteAnswers.CHAIR) String delegate,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String own = currentUser.organisation().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "the user represents no member organisation"));
        return withVoters(id, voters -> VoteAnswers.isDelegate(delegate, own, voters) ? Map.of()
                : Map.of("ownDelegate", delegate.equals(own) ? "meetings.error.delegateSelf" : "meetings.error.delegate"),
                response, model, proposal -> after(id, VoteAnswers.giveProxy(panels.events(), id, delegate),
                        "meetings.done.ownProxy", response, model, redirect));
    }

    private static Map<String, String> ownVoteProblems(String choice) {
        return MeetingForms.CHOICES.contains(choice) ? Map.of() : Map.of("ownChoice", "meetings.error.choice");
    }

    /** 委任状 on a voter's behalf: {@code POST .../proxies {voter, delegate}} (another voter, or CHAIR). */
    @PostMapping("/proxies")
    String proxy(@PathVariable String id, @ModelAttribute("proxyForm") MeetingForms.Proxy form, HttpServletRequest request,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        return withVoters(id, form::problems, response, model, proposal -> {
            Submission given = panels.events().post("/api/proposals/{id}/proxies",
                    ordered("voter", form.voter(), "delegate", form.delegate()), id);
            return after(id, given, "meetings.done.proxy", response, model, redirect);
        });
    }

    /** 採決の終了: {@code POST .../closing {decidedOn}}; the service counts and decides. */
    @PostMapping("/closing")
    String close(@PathVariable String id, @ModelAttribute("closeForm") MeetingForms.Closing form,
                 HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StaffRole.requireSecretariat(request);
        Map<String, String> problems = form.problems(LocalDate.now(MeetingForms.TOKYO));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(id, load(id), null, StaffRole.messages(messages, problems), model);
        }
        Submission closed = panels.events().post("/api/proposals/{id}/closing", form.body(), id);
        return after(id, closed, "meetings.done.closed", response, model, redirect);
    }

    private Panel<Proposal> load(String id) {
        return panels.events().get(Proposal.class, "/api/proposals/{id}", id);
    }

    private String after(String id, Submission submission, String doneKey, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        if (submission.isAccepted()) {
            redirect.addFlashAttribute("done", doneKey);
            return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/meetings/proposals/{id}").buildAndExpand(id)
                    .encode().toUriString();
        }
        response.setStatus(MeetingsController.refusedStatus(submission));
        return page(id, load(id), submission, submission.getFieldErrors(), model);
    }

    private String page(String id, Panel<Proposal> proposal, Submission submission, Map<String, String> errors,
                        Model model) {
        model.addAttribute("proposalId", id);
        model.addAttribute("proposal", proposal);
        if (proposal.isAvailable()) {
            Panel<Meeting> meeting = panels.events().get(Meeting.class, "/api/meetings/{id}", proposal.getData().meetingId());
            model.addAttribute("meeting", meeting);
            model.addAttribute("voterNames", proposal.getData().voters().stream()
                    .collect(Collectors.toMap(Voter::memberId, Voter::name, (a, b) -> a, LinkedHashMap::new)));
        }
        model.addAttribute("choices", MeetingForms.CHOICES);
        model.addAttribute("today", LocalDate.now(MeetingForms.TOKYO).toString());
        if (submission != null) {
            model.addAttribute("submission", submission);
        }
        model.addAttribute("errors", errors);
        return "dashboard/meetings/proposal";
    }

    /**
     * Loads the proposal and checks a form against its voters: the page again with a 503 when the service is down, with
     * the form's errors and a 400 when the form is wrong (nothing sent), else {@code then} with the proposal.
     */
    private String withVoters(String id, Function<Set<String>, Map<String, String>> check, HttpServletResponse response,
                              Model model, Function<Proposal, String> then) {
        Panel<Proposal> proposal = load(id);
        if (!proposal.isAvailable()) {
            response.setStatus(503);
            return page(id, proposal, null, Map.of(), model);
        }
        Map<String, String> problems = check.apply(voterIds(proposal.getData()));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(id, proposal, null, StaffRole.messages(messages, problems), model);
        }
        return then.apply(proposal.getData());
    }

    private static Set<String> voterIds(Proposal proposal) {
        return proposal.voters().stream().map(Voter::memberId).collect(Collectors.toSet());
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(k1, v1);
        body.put(k2, v2);
        return body;
    }
}
