package io.councilhub.notification.newsletter.web;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.notification.newsletter.Cadence;
import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.IssueStatus;
import io.councilhub.notification.newsletter.Newsletters;
import io.councilhub.notification.newsletter.Part;
import io.councilhub.notification.newsletter.Publication;
import io.councilhub.notification.newsletter.Review;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/newsletters}: the secretariat runs publications and drafts issues; the publication's reviewers
 * (by member or user id) approve or request changes; officers and reviewers read.
 */
@RestController
@RequestMapping("/api/newsletters")
class NewsletterController {

    private final Newsletters newsletters;
    private final JwtSettings jwt;

    NewsletterController(Newsletters newsletters, JwtSettings jwt) {
        this.newsletters = newsletters;
        this.jwt = jwt;
    }

    record CadenceRequest(List<@NotNull @Min(1) @Max(31) Integer> daysOfMonth, LocalTime sendTime) {
    }

    record PublicationRequest(@NotBlank @Size(max = 63) String id, @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 100) String subcommitteeId, @Valid CadenceRequest cadence,
                              @NotEmpty List<@NotBlank String> reviewers, @Min(1) Integer approvalsRequired) {
    }

    record ReviewersRequest(@NotEmpty List<@NotBlank String> reviewers, @NotNull @Min(1) Integer approvalsRequired) {
    }

    record PartRequest(@NotBlank @Size(max = 200) String heading, @NotBlank @Size(max = 50_000) String markdown) {
    }

    record IssueRequest(@NotBlank @Size(max = 200) String subject, @NotEmpty @Size(max = 10) List<@Valid @NotNull PartRequest> parts) {
        List<Part> toParts() {
            return parts.stream().map(p -> new Part(p.heading(), p.markdown())).toList();
        }
    }

    record ReviewRequest(@Size(max = 2000) String comment) {
    }

    record ScheduleRequest(@NotNull OffsetDateTime at) {
    }

    record BackIssueRequest(@NotNull @Min(1) Integer number, @NotNull java.time.LocalDate sentOn,
                            @NotBlank @Size(max = 200) String subject, @NotEmpty @Size(max = 10) List<@Valid @NotNull PartRequest> parts) {
    }

    record PublicationView(String id, String title, String subcommitteeId, List<Integer> daysOfMonth, LocalTime sendTime,
                           List<String> reviewers, int approvalsRequired, String archiveUrl) {
    }

    record IssueView(String id, String publicationId, int number, String subject, List<Part> parts, IssueStatus status,
                     int reviewRound, List<Review> reviews, Instant scheduledAt, Instant sentAt, boolean imported,
                     String webUrl, Issue.Delivered delivered) {
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<PublicationView> start(@Valid @RequestBody PublicationRequest request) {
        Cadence cadence = request.cadence() == null ? null
                : new Cadence(request.cadence().daysOfMonth(), request.cadence().sendTime());
        Publication publication = newsletters.startPublication(request.id(), request.title(), request.subcommitteeId(),
                cadence, request.reviewers(), request.approvalsRequired() == null ? 1 : request.approvalsRequired());
        return ResponseEntity.created(URI.create("/api/newsletters/" + publication.id())).body(view(publication));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT','OFFICER')")
    List<PublicationView> publications() {
        return newsletters.publications().stream().map(this::view).toList();
    }

    @GetMapping("/{publicationId}")
    PublicationView publication(@PathVariable String publicationId, Authentication authentication) {
        Publication publication = newsletters.publication(publicationId);
        requireReader(publication, authentication);
        return view(publication);
    }

    @PutMapping("/{publicationId}/reviewers")
    @PreAuthorize("hasRole('SECRETARIAT')")
    PublicationView reviewers(@PathVariable String publicationId, @Valid @RequestBody ReviewersRequest request) {
        return view(newsletters.changeReviewers(publicationId, request.reviewers(), request.approvalsRequired()));
    }

    @PostMapping("/{publicationId}/issues")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<IssueView> draft(@PathVariable String publicationId, @Valid @RequestBody IssueRequest request) {
        Issue issue = newsletters.draft(publicationId, request.subject(), request.toParts());
        return ResponseEntity.created(URI.create("/api/newsletters/" + publicationId + "/issues/" + issue.number()))
                .body(view(issue));
    }

    /** A back issue sent before this system, into the archive as SENT (sends nothing); a number there already stays. */
    @PostMapping("/{publicationId}/back-issues")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<IssueView> backIssue(@PathVariable String publicationId, @Valid @RequestBody BackIssueRequest request) {
        Issue issue = newsletters.importBackIssue(publicationId, request.number(), request.subject(),
                request.parts().stream().map(p -> new Part(p.heading(), p.markdown())).toList(), request.sentOn());
        return ResponseEntity.created(URI.create("/api/newsletters/" + publicationId + "/issues/" + issue.number()))
                .body(view(issue));
    }

    @GetMapping("/{publicationId}/issues")
    List<IssueView> issues(@PathVariable String publicationId, Authentication authentication) {
        requireReader(newsletters.publication(publicationId), authentication);
        return newsletters.issues(publicationId).stream().map(this::view).toList();
    }

    @GetMapping("/{publicationId}/issues/{number}")
    IssueView issue(@PathVariable String publicationId, @PathVariable int number, Authentication authentication) {
        requireReader(newsletters.publication(publicationId), authentication);
        return view(newsletters.issue(Issue.idOf(publicationId, number)));
    }

    @GetMapping(value = "/{publicationId}/issues/{number}/preview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] preview(@PathVariable String publicationId, @PathVariable int number, Authentication authentication) {
        requireReader(newsletters.publication(publicationId), authentication);
        return newsletters.render(Issue.idOf(publicationId, number)).pdf();
    }

    @PutMapping("/{publicationId}/issues/{number}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView revise(@PathVariable String publicationId, @PathVariable int number, @Valid @RequestBody IssueRequest request) {
        return view(newsletters.revise(Issue.idOf(publicationId, number), request.subject(), request.toParts()));
    }

    @PostMapping("/{publicationId}/issues/{number}/submit")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView submit(@PathVariable String publicationId, @PathVariable int number) {
        return view(newsletters.submitForReview(Issue.idOf(publicationId, number)));
    }

    @PostMapping("/{publicationId}/issues/{number}/approve")
    IssueView approve(@PathVariable String publicationId, @PathVariable int number,
                      @Valid @RequestBody(required = false) ReviewRequest request, Authentication authentication) {
        return view(newsletters.approve(Issue.idOf(publicationId, number), identities(authentication),
                request == null ? null : request.comment()));
    }

    @PostMapping("/{publicationId}/issues/{number}/request-changes")
    IssueView requestChanges(@PathVariable String publicationId, @PathVariable int number,
                             @Valid @RequestBody ReviewRequest request, Authentication authentication) {
        return view(newsletters.requestChanges(Issue.idOf(publicationId, number), identities(authentication), request.comment()));
    }

    @PostMapping("/{publicationId}/issues/{number}/schedule")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView schedule(@PathVariable String publicationId, @PathVariable int number, @Valid @RequestBody ScheduleRequest request) {
        return view(newsletters.schedule(Issue.idOf(publicationId, number), request.at().toInstant()));
    }

    @PostMapping("/{publicationId}/issues/{number}/pause")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView pause(@PathVariable String publicationId, @PathVariable int number) {
        return view(newsletters.pause(Issue.idOf(publicationId, number)));
    }

    @PostMapping("/{publicationId}/issues/{number}/resume")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView resume(@PathVariable String publicationId, @PathVariable int number) {
        return view(newsletters.resume(Issue.idOf(publicationId, number)));
    }

    @PostMapping("/{publicationId}/issues/{number}/cancel")
    @PreAuthorize("hasRole('SECRETARIAT')")
    IssueView cancel(@PathVariable String publicationId, @PathVariable int number) {
        return view(newsletters.cancel(Issue.idOf(publicationId, number)));
    }

    private Set<String> identities(Authentication authentication) {
        CouncilUser user = CouncilUser.from(authentication, jwt);
        Set<String> ids = new HashSet<>();
        ids.add(user.subject());
        user.memberId().ifPresent(ids::add);
        return ids;
    }

    /** The secretariat, officers and the publication's reviewers read drafts; anyone else gets a 404. */
    private void requireReader(Publication publication, Authentication authentication) {
        CouncilUser user = CouncilUser.from(authentication, jwt);
        if (user.has(Role.SECRETARIAT) || user.has(Role.OFFICER) || publication.reviewerAmong(identities(authentication)) != null) {
            return;
        }
        throw new NotFoundException("publication", publication.id());
    }

    private PublicationView view(Publication publication) {
        return new PublicationView(publication.id(), publication.title(), publication.subcommitteeId(),
                publication.cadence().daysOfMonth(), publication.cadence().sendTime(), publication.reviewers(),
                publication.approvalsRequired(), newsletters.archiveUrl(publication.id()));
    }

    private IssueView view(Issue issue) {
        return new IssueView(issue.id(), issue.publicationId(), issue.number(), issue.subject(), issue.parts(), issue.status(),
                issue.reviewRound(), issue.reviews(), issue.scheduledAt(), issue.sentAt(), issue.imported(),
                newsletters.webUrl(issue), issue.delivered());
    }
}
