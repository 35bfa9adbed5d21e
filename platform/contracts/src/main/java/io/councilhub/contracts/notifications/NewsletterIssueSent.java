package io.councilhub.contracts.notifications;

import io.councilhub.contracts.DomainEvent;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * メルマガの配信完了: issue {@code number} of a publication finished sending, with its delivery counts
 * (recipients = sent + failed + suppressed).
 */
public record NewsletterIssueSent(String issueId, String publicationId, int number, String title,
                                  OffsetDateTime finishedAt, int recipients, int sent, int failed, int suppressed)
        implements DomainEvent {

    public NewsletterIssueSent {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(publicationId, "publicationId");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    @Override
    public String subject() {
        return issueId;
    }
}
