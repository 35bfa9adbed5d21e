package io.councilhub.gateway.dashboard.newsletters;

import io.councilhub.gateway.dashboard.newsletters.NewsletterViews.Delivery;
import io.councilhub.gateway.dashboard.newsletters.NewsletterViews.Issue;
import io.councilhub.gateway.dashboard.newsletters.NewsletterViews.Publication;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /dashboard/newsletters}: a publication's issues with their status and delivery figures; compose an issue in
 * Markdown with a preview; an issue's page with its review (submit, approve, request changes with a comment),
 * schedule, pause, resume, cancel, and its delivery progress (refreshed while it sends). Every command goes to
 * notification-service as the signed-in user, which decides who may do what (a reviewer approves, the secretariat
 * schedules); a refusal is shown with the service's reason.
 */
@Controller
@RequestMapping("/dashboard/newsletters")
class NewslettersController {

    private static final TypeReference<List<Publication>> PUBLICATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Issue>> ISSUES = new TypeReference<>() {
    };
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Set<String> TRANSITIONS = Set.of("submit", "pause", "resume", "cancel");

    private final ServicePanels panels;
    private final MarkdownPreview markdown;

    NewslettersController(ServicePanels panels, MarkdownPreview markdown) {
        this.panels = panels;
        this.markdown = markdown;
    }

    @GetMapping
    String newsletters(@RequestParam(required = false) String publication, Model model) {
        ServiceClient notification = panels.notification();
        Panel<List<Publication>> publications = notification.get(PUBLICATIONS, "/api/newsletters");
        model.addAttribute("publications", publications);
        Publication chosen = null;
        if (publications.isAvailable() && !publications.getData().isEmpty()) {
            chosen = publications.getData().stream().filter(p -> p.id().equals(publication)).findFirst()
                    .orElse(publications.getData().get(0));
            Panel<List<Issue>> issues = notification.get(ISSUES, "/api/newsletters/{id}/issues", chosen.id())
                    .map(list -> list.stream().sorted(Comparator.comparingInt(Issue::number).reversed()).toList());
            model.addAttribute("issues", issues);
        }
        model.addAttribute("publication", chosen);
        return "dashboard/newsletters/newsletters";
    }

    @GetMapping("/{publicationId}/issues/new")
    String compose(@PathVariable String publicationId, Model model) {
        model.addAttribute("publicationId", publicationId);
        model.addAttribute("number", null);
        model.addAttribute("form", IssueForm.empty());
        return "dashboard/newsletters/compose";
    }

    /** Saves a new draft, or (action {@code preview}) shows the form again with the parts rendered. */
    @PostMapping("/{publicationId}/issues")
    String draft(@PathVariable String publicationId, @RequestParam(defaultValue = "") String subject,
                 @RequestParam(name = "heading", required = false) List<String> headings,
                 @RequestParam(name = "markdown", required = false) List<String> markdowns,
                 @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        IssueForm form = IssueForm.of(subject, headings, markdowns);
        if ("preview".equals(action)) {
            return composeAgain(publicationId, null, form, null, true, model);
        }
        Submission drafted = panels.notification().post("/api/newsletters/{id}/issues", form.body(), publicationId);
        if (!drafted.isAccepted()) {
            return composeAgain(publicationId, null, form, drafted, false, model);
        }
        redirect.addFlashAttribute("done", "newsletters.saved");
        return redirectToIssue(publicationId, drafted.getBody().path("number").asInt());
    }

    @GetMapping("/{publicationId}/issues/{number}/edit")
    String edit(@PathVariable String publicationId, @PathVariable int number, Model model) {
        Panel<Issue> issue = panels.notification().get(Issue.class, "/api/newsletters/{id}/issues/{n}", publicationId, number);
        model.addAttribute("issue", issue);
        model.addAttribute("publicationId", publicationId);
        model.addAttribute("number", number);
        model.addAttribute("form", issue.isAvailable() ? IssueForm.of(issue.getData()) : IssueForm.empty());
        return "dashboard/newsletters/compose";
    }

    /** Revises a draft ({@code PUT}), or shows the preview. */
    @PostMapping("/{publicationId}/issues/{number}")
    String revise(@PathVariable String publicationId, @PathVariable int number,
                  @RequestParam(defaultValue = "") String subject,
                  @RequestParam(name = "heading", required = false) List<String> headings,
                  @RequestParam(name = "markdown", required = false) List<String> markdowns,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        IssueForm form = IssueForm.of(subject, headings, markdowns);
        if ("preview".equals(action)) {
            return composeAgain(publicationId, number, form, null, true, model);
        }
        Submission revised = panels.notification().send("PUT", "/api/newsletters/{id}/issues/{n}", form.body(),
                publicationId, number);
        if (!revised.isAccepted()) {
            return composeAgain(publicationId, number, form, revised, false, model);
        }
        redirect.addFlashAttribute("done", "newsletters.saved");
        return redirectToIssue(publicationId, number);
    }

    /** The htmx preview of the compose form: the parts rendered as the mail will show them. */
    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "") String subject,
                   @RequestParam(name = "heading", required = false) List<String> headings,
                   @RequestParam(name = "markdown", required = false) List<String> markdowns, Model model) {
        model.addAttribute("form", IssueForm.of(subject, headings, markdowns));
        model.addAttribute("rendered", rendered(IssueForm.of(subject, headings, markdowns)));
        return "dashboard/newsletters/compose :: preview";
    }

    @GetMapping("/{publicationId}/issues/{number}")
    String issue(@PathVariable String publicationId, @PathVariable int number, Model model) {
        ServiceClient notification = panels.notification();
        Panel<Issue> issue = notification.get(Issue.class, "/api/newsletters/{id}/issues/{n}", publicationId, number);
        model.addAttribute("publicationId", publicationId);
        model.addAttribute("number", number);
        model.addAttribute("issue", issue);
        if (issue.isAvailable()) {
            model.addAttribute("rendered", issue.getData().parts().stream()
                    .map(part -> new RenderedPart(part.heading(), markdown.render(part.markdown()))).toList());
            if (!issue.getData().imported() && Set.of("SCHEDULED", "SENDING", "SENT", "PAUSED").contains(issue.getData().status())) {
                model.addAttribute("delivery", delivery(publicationId, number));
            }
        }
        return "dashboard/newsletters/issue";
    }

    /** The delivery figures alone, for the issue page's refresh while it sends. */
    @GetMapping("/{publicationId}/issues/{number}/delivery")
    String deliveryProgress(@PathVariable String publicationId, @PathVariable int number, Model model) {
        model.addAttribute("publicationId", publicationId);
        model.addAttribute("number", number);
        model.addAttribute("delivery", delivery(publicationId, number));
        return "dashboard/newsletters/issue :: delivery";
    }

    @PostMapping("/{publicationId}/issues/{number}/{transition:submit|pause|resume|cancel}")
    String transition(@PathVariable String publicationId, @PathVariable int number, @PathVariable String transition,
                      RedirectAttributes redirect) {
        if (!TRANSITIONS.contains(transition)) {
            throw new IllegalArgumentException(transition);
        }
        Submission done = panels.notification().post("/api/newsletters/{id}/issues/{n}/" + transition, null,
                publicationId, number);
        return afterCommand(publicationId, number, done, "newsletters.done." + transition, redirect);
    }

    @PostMapping("/{publicationId}/issues/{number}/approve")
    String approve(@PathVariable String publicationId, @PathVariable int number,
                   @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        Submission approved = panels.notification().post("/api/newsletters/{id}/issues/{n}/approve",
                comment.isBlank() ? Map.of() : Map.of("comment", comment), publicationId, number);
        return afterCommand(publicationId, number, approved, "newsletters.done.approve", redirect);
    }

    @PostMapping("/{publicationId}/issues/{number}/request-changes")
    String requestChanges(@PathVariable String publicationId, @PathVariable int number,
                          @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        Submission requested = panels.notification().post("/api/newsletters/{id}/issues/{n}/request-changes",
                Map.of("comment", comment), publicationId, number);
        return afterCommand(publicationId, number, requested, "newsletters.done.requestChanges", redirect);
    }

    /** Schedules at a Tokyo date and time from the form ({@code 2022-05-15T09:00}). */
    @PostMapping("/{publicationId}/issues/{number}/schedule")
    String schedule(@PathVariable String publicationId, @PathVariable int number,
                    @RequestParam(defaultValue = "") String at, RedirectAttributes redirect) {
        String when;
        try {
            when = LocalDateTime.parse(at).atZone(TOKYO).toOffsetDateTime().toString();
        } catch (DateTimeParseException unreadable) {
            redirect.addFlashAttribute("scheduleInvalid", true);
            return redirectToIssue(publicationId, number);
        }
        Submission scheduled = panels.notification().post("/api/newsletters/{id}/issues/{n}/schedule",
                Map.of("at", when), publicationId, number);
        return afterCommand(publicationId, number, scheduled, "newsletters.done.schedule", redirect);
    }

    /** An issue part as the preview shows it. */
    record RenderedPart(String heading, String html) {
    }

    private Panel<Delivery> delivery(String publicationId, int number) {
        return panels.notification().get(Delivery.class, "/api/newsletters/{id}/issues/{n}/delivery", publicationId, number);
    }

    private String composeAgain(String publicationId, Integer number, IssueForm form, Submission submission,
                                boolean preview, Model model) {
        model.addAttribute("publicationId", publicationId);
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("submission", submission);
        model.addAttribute("errors", submission == null ? Map.of() : form.errorsBySlot(submission.getFieldErrors()));
        if (preview) {
            model.addAttribute("rendered", rendered(form));
        }
        return "dashboard/newsletters/compose";
    }

    private List<RenderedPart> rendered(IssueForm form) {
        return form.parts().stream().filter(part -> !part.blank())
                .map(part -> new RenderedPart(part.heading(), markdown.render(part.markdown()))).toList();
    }

    private String afterCommand(String publicationId, int number, Submission submission, String doneKey,
                                RedirectAttributes redirect) {
        if (submission.isAccepted()) {
            redirect.addFlashAttribute("done", doneKey);
        } else {
            redirect.addFlashAttribute("submission", submission);
        }
        return redirectToIssue(publicationId, number);
    }

    private static String redirectToIssue(String publicationId, int number) {
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/newsletters/{id}/issues/{n}")
                .buildAndExpand(publicationId, number).encode().toUriString();
    }
}
