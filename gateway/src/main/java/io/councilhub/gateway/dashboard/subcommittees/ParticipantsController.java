package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.panel.ActiveMembers;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Subcommittee;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /dashboard/subcommittees/{id}}: one subcommittee or working group with its representative and its
 * participants, current and past (参加団体, with the day each joined and left, and why). The secretariat adds a
 * member organisation from the roll (a working group also a non-member, with the chair's approval) and ends a
 * participation on a day with its reason; subcommittee-service keeps the history.
 */
@Controller
@RequestMapping("/dashboard/subcommittees/{id}")
class ParticipantsController {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ServicePanels panels;
    private final ActiveMembers activeMembers;
    private final MessageSource messages;

    ParticipantsController(ServicePanels panels, ActiveMembers activeMembers, MessageSource messages) {
        this.panels = panels;
        this.activeMembers = activeMembers;
        this.messages = messages;
    }

    @ModelAttribute("secretariat")
    boolean secretariat(HttpServletRequest request) {
        return request.isUserInRole("SECRETARIAT");
    }

    @GetMapping
    String subcommittee(@PathVariable String id, HttpServletRequest request, Model model) {
        return page(id, secretariat(request), ParticipantForms.NewParticipant.empty(today()), null, Map.of(), model);
    }

    /** 参加団体の追加 (secretariat): checks the form against the roll, then {@code POST .../participants}. */
    @PostMapping("/participants")
    String add(@PathVariable String id, @ModelAttribute("participantForm") ParticipantForms.NewParticipant form,
               HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireSecretariat(request);
        Panel<Subcommittee> subcommittee = subcommittee(id);
        Panel<List<ActiveMembers.Option>> roll = activeMembers.all();
        boolean workingGroup = subcommittee.isAvailable() && "WORKING_GROUP".equals(subcommittee.getData().kind());
        Map<String, String> problems = form.problems(workingGroup, roll.orElse(List.of()));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(id, true, form, null, messages(problems), model);
        }
        Submission added = panels.subcommittee().post("/api/subcommittees/{id}/participants",
                form.body(roll.orElse(List.of())), id);
        if (!added.isAccepted()) {
            response.setStatus(added.isUnavailable() ? 503 : added.getStatus());
            Map<String, String> errors = new LinkedHashMap<>();
            added.getFieldErrors().forEach((field, message) ->
                    errors.merge(field.startsWith("approval") ? "approvedBy" : field, message, (a, b) -> a + " / " + b));
            return page(id, true, form, added, errors, model);
        }
        redirect.addFlashAttribute("done", "subcommittees.done.participantAdded");
        return redirect(id, "participants");
    }

    /** 参加の終了 (secretariat): {@code DELETE .../participants/{pid}?leftOn=&reason=}; the entry stays, dated. */
    @PostMapping("/participants/{participantId}/leaving")
    String leave(@PathVariable String id, @PathVariable String participantId,
                 @ModelAttribute ParticipantForms.Leaving form, HttpServletRequest request,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireSecretariat(request);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("leavingId", participantId);
            return page(id, true, ParticipantForms.NewParticipant.empty(today()), null, messages(problems), model);
        }
        Submission left = ParticipantForms.blank(form.reason())
                ? panels.subcommittee().send("DELETE", "/api/subcommittees/{id}/participants/{pid}?leftOn={on}", null,
                        id, participantId, form.leftOn().strip())
                : panels.subcommittee().send("DELETE",
                        "/api/subcommittees/{id}/participants/{pid}?leftOn={on}&reason={reason}", null, id,
                        participantId, form.leftOn().strip(), form.reason().strip());
        if (!left.isAccepted()) {
            response.setStatus(left.isUnavailable() ? 503 : left.getStatus());
            model.addAttribute("leavingId", participantId);
            return page(id, true, ParticipantForms.NewParticipant.empty(today()), left, left.getFieldErrors(), model);
        }
        redirect.addFlashAttribute("done", "subcommittees.done.participantLeft");
        return redirect(id, "participants");
    }

    private String page(String id, boolean secretariat, ParticipantForms.NewParticipant form, Submission submission,
                        Map<String, String> errors, Model model) {
        model.addAttribute("subcommittee", subcommittee(id));
        model.addAttribute("members", secretariat ? activeMembers.all() : null);
        model.addAttribute("participantForm", form);
        model.addAttribute("submission", submission);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today().toString());
        return "dashboard/subcommittees/subcommittee";
    }

    private Panel<Subcommittee> subcommittee(String id) {
        return panels.subcommittee().get(Subcommittee.class, "/api/subcommittees/{id}", id);
    }

    private Map<String, String> messages(Map<String, String> keys) {
        return PlanForms.resolve(messages, keys);
    }

    private static void requireSecretariat(HttpServletRequest request) {
        if (!request.isUserInRole("SECRETARIAT")) {
            throw new AccessDeniedException("only the secretariat changes a subcommittee (subcommittee-service's rule)");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    private static String redirect(String id, String fragment) {
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/subcommittees/{id}").fragment(fragment)
                .buildAndExpand(id).encode().toUriString();
    }
}
