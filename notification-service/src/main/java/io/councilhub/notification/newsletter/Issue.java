package io.councilhub.notification.newsletter;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.notifications.NewsletterIssueSent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * One numbered issue of a publication (第81号): subject and parts in Markdown, reviewed by the publishing
 * subcommittee (every approval of the current round counts; a request for changes sends it back to DRAFT),
 * scheduled on a cadence day, sent, and kept in the archive. The id is the publication's and the number
 * ({@code mezase-it-81}), so a number is never taken twice.
 */
@Document("newsletter_issues")
@CompoundIndex(name = "publication_number", def = "{'publicationId': 1, 'number': 1}", unique = true)
public class Issue extends OutboxAggregate {

    @Id
    private String id;
    private String publicationId;
    private int number;
    private String subject;
    private List<Part> parts = new ArrayList<>();
    @Indexed
    private IssueStatus status;
    private int reviewRound;
    private List<Review> reviews = new ArrayList<>();
    /** Reviews of the current round; a new round starts with every submission. */
    private int roundStartsAt;
    private IssueStatus pausedFrom;
    private Instant scheduledAt;
    private Instant sendingStartedAt;
    private Instant sentAt;
    private boolean imported;
    private Instant createdAt;
    private Delivered delivered;

    /** The counts when sending finished (recipients = sent + failed + suppressed). */
    public record Delivered(int recipients, int sent, int failed, int suppressed) {
    }

    private Issue() {
    }

    public static String idOf(String publicationId, int number) {
        return publicationId + "-" + number;
    }

    /** 原稿: a new issue, number {@code number} of the publication, in DRAFT. */
    public static Issue draft(Publication publication, int number, String subject, List<Part> parts, Instant now) {
        Issue issue = new Issue();
        issue.id = idOf(publication.id(), number);
        issue.publicationId = publication.id();
        issue.number = number;
        issue.status = IssueStatus.DRAFT;
        issue.createdAt = now;
        issue.write(subject, parts);
        return issue;
    }

    /**
     * A back issue that went out before this system (the packet's 第57号 to 第80号): SENT on {@code sentOn}'s
     * send time, in the archive, never sent again and announced by no event.
     */
    public static Issue backIssue(Publication publication, int number, String subject, List<Part> parts, LocalDate sentOn) {
        Issue issue = draft(publication, number, subject, parts,
                sentOn.atTime(publication.cadence().sendTime()).atZone(Cadence.TOKYO).toInstant());
        issue.status = IssueStatus.SENT;
        issue.imported = true;
        issue.sentAt = issue.createdAt;
        return issue;
    }

    /** Replaces subject and parts; only a DRAFT is edited (a request for changes makes it one again). */
    public void revise(String subject, List<Part> parts) {
        requireStatus("issue-not-draft", "only a draft can be edited", IssueStatus.DRAFT);
        write(subject, parts);
    }

    private void write(String subject, List<Part> parts) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidFieldException("subject", "must not be blank");
        }
        if (subject.length() > 200) {
            throw new InvalidFieldException("subject", "at most 200 characters");
        }
        if (parts == null || parts.isEmpty()) {
            throw new InvalidFieldException("parts", "an issue has at least one part");
        }
        this.subject = subject.strip();
        this.parts = new ArrayList<>(parts);
    }

    /** 査読依頼: the draft goes to the reviewers; a new round of reviews starts. */
    public void submitForReview() {
        requireStatus("issue-not-draft", "only a draft goes to review", IssueStatus.DRAFT);
        status = IssueStatus.IN_REVIEW;
        reviewRound++;
        roundStartsAt = reviews.size();
    }

    /** 承認: one reviewer approves; with enough approvals in this round the issue is APPROVED. */
    public void approve(Publication publication, String reviewer, String comment, Instant now) {
        requireReviewer(publication, reviewer);
        requireStatus("issue-not-in-review", "the issue is not in review", IssueStatus.IN_REVIEW);
        if (currentRound().stream().anyMatch(r -> r.reviewer().equals(reviewer) && r.verdict() == Review.Verdict.APPROVED)) {
            throw new RuleViolationException("already-approved", "この査読者は既に承認しています。");
        }
        reviews.add(new Review(reviewer, Review.Verdict.APPROVED, blankToNull(comment), now));
        long approvals = currentRound().stream().filter(r -> r.verdict() == Review.Verdict.APPROVED).count();
        if (approvals >= publication.approvalsRequired()) {
            status = IssueStatus.APPROVED;
        }
    }

    /** 修正依頼: a reviewer asks for changes with a comment; the issue is a DRAFT again. */
    public void requestChanges(Publication publication, String reviewer, String comment, Instant now) {
        requireReviewer(publication, reviewer);
        requireStatus("issue-not-in-review", "the issue is not in review", IssueStatus.IN_REVIEW);
        if (comment == null || comment.isBlank()) {
            throw new InvalidFieldException("comment", "say what should change");
        }
        reviews.add(new Review(reviewer, Review.Verdict.CHANGES_REQUESTED, comment.strip(), now));
        status = IssueStatus.DRAFT;
    }

    /** 配信予約: an approved issue goes out at {@code at} (a cadence day's send time). */
    public void schedule(Instant at) {
        requireStatus("issue-not-approved", "only an approved issue is scheduled", IssueStatus.APPROVED, IssueStatus.SCHEDULED);
        scheduledAt = Objects.requireNonNull(at, "at");
        status = IssueStatus.SCHEDULED;
    }

    /** Whether it is time to send. */
    public boolean isDue(Instant now) {
        return status == IssueStatus.SCHEDULED && !scheduledAt.isAfter(now);
    }

    /** 配信開始. */
    public void startSending(Instant now) {
        requireStatus("issue-not-scheduled", "only a scheduled issue starts sending", IssueStatus.SCHEDULED);
        status = IssueStatus.SENDING;
        sendingStartedAt = now;
    }

    /** 一時停止: a scheduled issue does not start, a sending one stops after the mails in flight. */
    public void pause() {
        requireStatus("issue-not-pausable", "only a scheduled or sending issue is paused", IssueStatus.SCHEDULED, IssueStatus.SENDING);
        pausedFrom = status;
        status = IssueStatus.PAUSED;
    }

    /** 再開: back to where it was paused. */
    public void resume() {
        requireStatus("issue-not-paused", "the issue is not paused", IssueStatus.PAUSED);
        status = pausedFrom;
        pausedFrom = null;
    }

    /** 配信中止: an issue that has not started sending is withdrawn. */
    public void cancel() {
        if (status == IssueStatus.SENDING || status == IssueStatus.SENT || status == IssueStatus.CANCELLED
                || (status == IssueStatus.PAUSED && pausedFrom == IssueStatus.SENDING)) {
            throw new RuleViolationException("issue-not-cancellable", "配信を開始した号は中止できません（一時停止できます）。");
        }
        status = IssueStatus.CANCELLED;
    }

    /** 配信完了: every recipient is sent, failed or suppressed. Records {@link NewsletterIssueSent}. */
    public void finishSending(Delivered counts, String publicationTitle, Instant now) {
        requireStatus("issue-not-sending", "the issue is not sending", IssueStatus.SENDING);
        status = IssueStatus.SENT;
        sentAt = now;
        delivered = counts;
        record(new NewsletterIssueSent(id, publicationId, number, publicationTitle + " 第" + number + "号 " + subject,
                now.atOffset(ZoneOffset.ofHours(9)), counts.recipients(), counts.sent(), counts.failed(), counts.suppressed()));
    }

    private List<Review> currentRound() {
        return reviews.subList(Math.min(roundStartsAt, reviews.size()), reviews.size());
    }

    private static void requireReviewer(Publication publication, String reviewer) {
        if (reviewer == null || !publication.reviewers().contains(reviewer)) {
            throw new RuleViolationException("not-a-reviewer", "この号の査読者ではありません。");
        }
    }

    private void requireStatus(String code, String message, IssueStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw new RuleViolationException(code, message + " (第" + number + "号 is " + status + ")");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() { return id; }
    public String publicationId() { return publicationId; }
    public int number() { return number; }
    public String subject() { return subject; }
    public List<Part> parts() { return List.copyOf(parts); }
    public IssueStatus status() { return status; }
    public int reviewRound() { return reviewRound; }
    public List<Review> reviews() { return List.copyOf(reviews); }
    public Instant scheduledAt() { return scheduledAt; }
    public Instant sendingStartedAt() { return sendingStartedAt; }
    public Instant sentAt() { return sentAt; }
    public boolean imported() { return imported; }
    public Instant createdAt() { return createdAt; }
    public Delivered delivered() { return delivered; }

    /** The date it went out (or goes out), Tokyo time. */
    public LocalDate issueDate() {
        Instant at = sentAt != null ? sentAt : scheduledAt;
        return at == null ? null : at.atZone(Cadence.TOKYO).toLocalDate();
    }
}
