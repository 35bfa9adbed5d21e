package io.councilhub.notification.newsletter;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The newsletter's use cases: publications, drafting numbered issues, review, scheduling on the next free
 * cadence day, the sending lifecycle (driven by delivery) and the archive of back issues.
 */
@Component
public class Newsletters {

    private static final Sort BY_NUMBER = Sort.by("number");

    private final Publications publications;
    private final Issues issues;
    private final IssueRenderer renderer;
    private final Clock clock;

    Newsletters(Publications publications, Issues issues, IssueRenderer renderer, Clock clock) {
        this.publications = publications;
        this.issues = issues;
        this.renderer = renderer;
        this.clock = clock;
    }

    public Publication startPublication(String id, String title, String subcommitteeId, Cadence cadence,
                                        List<String> reviewers, int approvalsRequired) {
        if (publications.existsById(id)) {
            throw new RuleViolationException("publication-exists", "publication " + id + " exists already");
        }
        return publications.save(Publication.start(id, title, subcommitteeId, cadence, reviewers, approvalsRequired));
    }

    public Publication changeReviewers(String publicationId, List<String> reviewers, int approvalsRequired) {
        Publication publication = publication(publicationId);
        publication.assignReviewers(reviewers, approvalsRequired);
        return publications.save(publication);
    }

    public Publication publication(String id) {
        return publications.findById(id).orElseThrow(() -> new NotFoundException("publication", id));
    }

    public Optional<Publication> findPublication(String id) {
        return publications.findById(id);
    }

    public List<Publication> publications() {
        return publications.findAll(Sort.by("id"));
    }

    /** A new draft with the next number (after 第80号 comes 第81号). */
    public Issue draft(String publicationId, String subject, List<Part> parts) {
        Publication publication = publication(publicationId);
        for (int attempt = 0; ; attempt++) {
            int number = issues.findTopByPublicationIdOrderByNumberDesc(publicationId).map(Issue::number).orElse(0) + 1;
            try {
                return issues.insert(Issue.draft(publication, number, subject, parts, clock.instant()));
            } catch (DuplicateKeyException taken) {
                if (attempt >= 5) {
                    throw taken;
                }
            }
        }
    }

    /** A back issue, SENT before this system, into the archive; a number there already is left as it is. */
    public Issue importBackIssue(String publicationId, int number, String subject, List<Part> parts, LocalDate sentOn) {
        Publication publication = publication(publicationId);
        return issues.findById(Issue.idOf(publicationId, number))
                .orElseGet(() -> issues.insert(Issue.backIssue(publication, number, subject, parts, sentOn)));
    }

    public Issue issue(String issueId) {
        return issues.findById(issueId).orElseThrow(() -> new NotFoundException("issue", issueId));
    }

    public List<Issue> issues(String publicationId) {
        publication(publicationId);
        return issues.findByPublicationId(publicationId, BY_NUMBER);
    }

    public Issue revise(String issueId, String subject, List<Part> parts) {
        Issue issue = issue(issueId);
        issue.revise(subject, parts);
        return issues.save(issue);
    }

    public Issue submitForReview(String issueId) {
        Issue issue = issue(issueId);
        issue.submitForReview();
        return issues.save(issue);
    }

    /**
     * A reviewer (one of the caller's {@code identities}: member id, user id) approves; once approved the issue
     * is scheduled on the next cadence day not taken by another scheduled issue.
     */
    public Issue approve(String issueId, Set<String> identities, String comment) {
        Issue issue = issue(issueId);
        Publication publication = publication(issue.publicationId());
        issue.approve(publication, publication.reviewerAmong(identities), comment, clock.instant());
        if (issue.status() == IssueStatus.APPROVED) {
            issue.schedule(nextFreeSlot(publication, issue));
        }
        return issues.save(issue);
    }

    public Issue requestChanges(String issueId, Set<String> identities, String comment) {
        Issue issue = issue(issueId);
        Publication publication = publication(issue.publicationId());
        issue.requestChanges(publication, publication.reviewerAmong(identities), comment, clock.instant());
        return issues.save(issue);
    }

    /** Moves an approved or scheduled issue to another time (the secretariat's call, e.g. "now"). */
    public Issue schedule(String issueId, Instant at) {
        Issue issue = issue(issueId);
        issue.schedule(at);
        return issues.save(issue);
    }

    public Issue pause(String issueId) {
        Issue issue = issue(issueId);
        issue.pause();
        return issues.save(issue);
    }

    public Issue resume(String issueId) {
        Issue issue = issue(issueId);
        issue.resume();
        return issues.save(issue);
    }

    public Issue cancel(String issueId) {
        Issue issue = issue(issueId);
        issue.cancel();
        return issues.save(issue);
    }

    /** Scheduled issues whose time has come. */
    public List<Issue> due() {
        Instant now = clock.instant();
        return issues.findByStatusIn(EnumSet.of(IssueStatus.SCHEDULED)).stream().filter(issue -> issue.isDue(now)).toList();
    }

    /** Issues that are sending (after a restart: to resume). */
    public List<Issue> sending() {
        return issues.findByStatusIn(EnumSet.of(IssueStatus.SENDING));
    }

    public Issue startSending(String issueId) {
        Issue issue = issue(issueId);
        issue.startSending(clock.instant());
        return issues.save(issue);
    }

    /** Sending finished: SENT with its counts, and NewsletterIssueSent in the same write. */
    public Issue finishSending(String issueId, Issue.Delivered counts) {
        Issue issue = issue(issueId);
        issue.finishSending(counts, publication(issue.publicationId()).title(), clock.instant());
        return issues.save(issue);
    }

    public RenderedIssue render(String issueId) {
        Issue issue = issue(issueId);
        return renderer.render(publication(issue.publicationId()), issue);
    }

    /** The archive: the publication's sent issues, newest first. */
    public List<Issue> backIssues(String publicationId) {
        publication(publicationId);
        return issues.findByPublicationIdAndStatus(publicationId, IssueStatus.SENT, Sort.by(Sort.Direction.DESC, "number"));
    }

    public Issue backIssue(String publicationId, int number) {
        return issues.findByPublicationIdAndNumber(publicationId, number)
                .filter(issue -> issue.status() == IssueStatus.SENT)
                .orElseThrow(() -> new NotFoundException("issue", publicationId + " " + number));
    }

    public String archivePage(String publicationId, int number) {
        return renderer.page(publication(publicationId), backIssue(publicationId, number));
    }

    public byte[] archivePdf(String publicationId, int number) {
        return renderer.render(publication(publicationId), backIssue(publicationId, number)).pdf();
    }

    public String webUrl(Issue issue) {
        return renderer.webUrl(issue);
    }

    public String archiveUrl(String publicationId) {
        return renderer.archiveUrl(publicationId);
    }

    private Instant nextFreeSlot(Publication publication, Issue issue) {
        Set<Instant> taken = new HashSet<>();
        for (Issue other : issues.findByPublicationIdAndStatus(publication.id(), IssueStatus.SCHEDULED, BY_NUMBER)) {
            if (!other.id().equals(issue.id())) {
                taken.add(other.scheduledAt());
            }
        }
        Instant slot = publication.cadence().nextAfter(clock.instant());
        while (taken.contains(slot)) {
            slot = publication.cadence().nextAfter(slot);
        }
        return slot;
    }
}
