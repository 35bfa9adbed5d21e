package io.councilhub.gateway.portal;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.members.ContactEditing;
import io.councilhub.gateway.dashboard.members.ContactForm;
import io.councilhub.gateway.dashboard.members.MembersApi;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import io.councilhub.gateway.dashboard.panel.VoteAnswers;
import io.councilhub.gateway.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
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
import tools.jackson.core.type.TypeReference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * {@code /portal}: a MEMBER user's own page. Its organisation (membership), its contact people, which it maintains
 * itself (membership lets a MEMBER change its own organisation's), its dues invoices (finance) and its people's
 * meeting registrations (events), which it may cancel until the meeting begins, and the proposals open for its
 * organisation's vote, which it answers here (議決権の行使). The organisation is always the signed-in user's own: no request names one, and
 * the services answer for the organisation in the user's token only.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private static final TypeReference<List<PortalApi.Invoice>> INVOICES = new TypeReference<>() {
    };

    private final ServicePanels panels;
    private final ContactEditing contacts;
    private final CurrentUser currentUser;
    private final PortalVotes votes;
    private final Clock clock = Clock.systemDefaultZone();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    PortalController(ServicePanels panels, ContactEditing contacts, CurrentUser currentUser, PortalVotes votes) {
        this.panels = panels;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.votes = votes;
    }

    /** The signed-in user's organisation; a MEMBER user always has one (the user store requires it). */
    private String memberId() {
        return currentUser.memberId().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                "no member organisation"));
    }

    @GetMapping
    String portal(Model model) {
        show(memberId(), model);
        return "portal/portal";
    }

    private void show(String memberId, Model model) {
        CompletableFuture<Panel<PortalApi.Organisation>> organisation = panels.membership()
                .fetch(PortalApi.Organisation.class, "/api/members/{id}", memberId);
        CompletableFuture<Panel<MembersApi.Contacts>> contactList = contacts.list(memberId);
        CompletableFuture<Panel<List<PortalApi.Invoice>>> invoices = panels.finance()
                .fetch(INVOICES, "/api/finance/members/{id}/invoices", memberId);
        // No memberId parameter: the service answers for the organisation in the user's token.
        CompletableFuture<Panel<PortalApi.Registrations>> registrations = panels.events()
                .fetch(PortalApi.Registrations.class, "/api/registrations");
        Panel<MembersApi.Contacts> contactPanel = contactList.join();
        model.addAttribute("organisation", organisation.join());
        model.addAttribute("contacts", contactPanel);
        model.addAttribute("contactsBase", "/portal/contacts");
        model.addAttribute("canEditContacts", contactPanel.isAvailable() && !contactPanel.getData().readOnly());
        model.addAttribute("invoices", invoices.join().map(list -> list.stream()
                .sorted(Comparator.comparingInt(PortalApi.Invoice::fiscalYear).reversed()).toList()));
        Panel<List<PortalApi.Registration>> registrationList = registrations.join().map(PortalApi.Registrations::items);
        model.addAttribute("registrations", registrationList);
        Instant now = clock.instant();
        model.addAttribute("cancellable", registrationList.isAvailable() ? registrationList.getData().stream()
                .filter(registration -> registration.cancellableAt(now)).map(PortalApi.Registration::id)
                .collect(Collectors.toSet()) : Set.of());
        model.addAttribute("votes", votes.open(memberId, FiscalYear.containing(LocalDate.ofInstant(now, TOKYO))));
        model.addAttribute("choices", PortalVotes.CHOICES);
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
    }

    @PostMapping("/contacts")
    String addContact(@ModelAttribute("contactForm") ContactForm form, Model model, RedirectAttributes redirect) {
        String memberId = memberId();
        ContactEditing.Outcome added = contacts.add(memberId, form);
        if (!added.accepted()) {
            model.addAttribute("contactSubmission", added.submission());
            model.addAttribute("contactErrors", added.errors());
            show(memberId, model);
            return "portal/portal";
        }
        redirect.addFlashAttribute("flash", "contacts.added");
        return "redirect:/portal";
    }

    /**
     * 参加申込の取消: one of the organisation's own registrations, for a meeting that has not begun. events-service
     * checks that the registration is the organisation's (another's is a 404) and gives the place to the waitlist.
     */
    @PostMapping("/registrations/{meetingId}/{registrationId}/cancellation")
    String cancelRegistration(@PathVariable String meetingId, @PathVariable String registrationId,
                              HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String memberId = memberId();
        Submission cancelled = panels.events().post("/api/meetings/{mid}/registrations/{rid}/cancellation", Map.of(),
                meetingId, registrationId);
        if (!cancelled.isAccepted()) {
            response.setStatus(cancelled.isUnavailable() ? 503 : cancelled.getStatus());
            model.addAttribute("registrationSubmission", cancelled);
            show(memberId, model);
            return "portal/portal";
        }
        redirect.addFlashAttribute("flash", "portal.registration.cancelled");
        return "redirect:/portal";
    }

    /**
     * 議決権の行使: the organisation's answer to an open proposal, its first ({@code POST /api/proposals/{id}/votes}) or
     * a change ({@code PUT .../votes/{own}}) while voting is open. events-service takes the organisation from the
     * token and refuses one that is not a voter, a closed proposal, or a written one past its deadline.
     */
    @PostMapping("/proposals/{proposalId}/vote")
    String vote(@PathVariable String proposalId, @RequestParam(defaultValue = "") String choice,
                HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String memberId = memberId();
        if (!PortalVotes.CHOICES.contains(choice)) {
            response.setStatus(400);
            model.addAttribute("voteProblem", "portal.vote.chooseOne");
            show(memberId, model);
            return "portal/portal";
        }
        Panel<PortalVotes.Proposal> proposal = votes.proposal(proposalId);
        boolean answered = proposal.isAvailable() && proposal.getData().ballotOf(memberId).isPresent();
        Submission recorded = VoteAnswers.send(panels.events(), proposalId, memberId, false, answered, choice);
        return afterVote(recorded, memberId, answered ? "portal.vote.changed" : "portal.vote.recorded", response, model,
                redirect);
    }

    /**
     * 委任状: the organisation, not attending, gives its vote on an open proposal to {@code delegate}, the chair
     * ({@code CHAIR}, the default) or another voter of the proposal ({@code POST /api/proposals/{id}/proxies
     * {delegate}}; the service takes the organisation from the token). A delegate that is neither comes back 400
     * naming the field, and nothing is sent. events-service refuses a written resolution's (each voter answers in
     * writing) and an organisation that has answered already. An answer given later replaces the proxy.
     */
    @PostMapping("/proposals/{proposalId}/proxy")
    String proxy(@PathVariable String proposalId, @RequestParam(defaultValue = VoteAnswers.CHAIR) String delegate,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String memberId = memberId();
        Panel<PortalVotes.Proposal> proposal = votes.proposal(proposalId);
        if (proposal.isAvailable() && !VoteAnswers.isDelegate(delegate, memberId, proposal.getData().voterIds())) {
            response.setStatus(400);
            model.addAttribute("voteProblem", "portal.vote.chooseDelegate");
            show(memberId, model);
            return "portal/portal";
        }
        Submission given = VoteAnswers.giveProxy(panels.events(), proposalId, delegate);
        return afterVote(given, memberId, "portal.vote.proxyGiven", response, model, redirect);
    }

    /** Back to the votes with {@code doneKey}, or the portal again with the service's refusal in the votes panel. */
    private String afterVote(Submission sent, String memberId, String doneKey, HttpServletResponse response, Model model,
                             RedirectAttributes redirect) {
        if (!sent.isAccepted()) {
            response.setStatus(sent.isUnavailable() ? 503 : sent.getStatus());
            model.addAttribute("voteSubmission", sent);
            show(memberId, model);
            return "portal/portal";
        }
        redirect.addFlashAttribute("flash", doneKey);
        return "redirect:/portal#portal-votes";
    }

    @GetMapping("/contacts/{contactId}/edit")
    String contactForm(@PathVariable String contactId, Model model) {
        Panel<ContactForm> contact = contacts.one(memberId(), contactId);
        model.addAttribute("contact", contact);
        model.addAttribute("contactForm", contact.isAvailable() ? contact.getData() : ContactForm.empty());
        return contactPage(contactId, model);
    }

    @PostMapping("/contacts/{contactId}")
    String updateContact(@PathVariable String contactId, @ModelAttribute("contactForm") ContactForm form, Model model,
                         RedirectAttributes redirect) {
        ContactEditing.Outcome updated = contacts.update(memberId(), contactId, form);
        if (!updated.accepted()) {
            model.addAttribute("contactSubmission", updated.submission());
            model.addAttribute("contactErrors", updated.errors());
            return contactPage(contactId, model);
        }
        redirect.addFlashAttribute("flash", "contacts.updated");
        return "redirect:/portal";
    }

    @PostMapping("/contacts/{contactId}/removal")
    String removeContact(@PathVariable String contactId, Model model, RedirectAttributes redirect) {
        String memberId = memberId();
        ContactEditing.Outcome removed = contacts.remove(memberId, contactId);
        if (!removed.accepted()) {
            model.addAttribute("removalSubmission", removed.submission());
            show(memberId, model);
            return "portal/portal";
        }
        redirect.addFlashAttribute("flash", "contacts.removed");
        return "redirect:/portal";
    }

    private String contactPage(String contactId, Model model) {
        model.addAttribute("contactAction", "/portal/contacts/" + contactId);
        model.addAttribute("back", "/portal");
        return "dashboard/members/contact";
    }
}
