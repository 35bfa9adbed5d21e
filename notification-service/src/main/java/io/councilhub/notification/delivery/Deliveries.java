package io.councilhub.notification.delivery;

import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.IssueStatus;
import io.councilhub.notification.newsletter.Newsletters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Newsletter delivery as the rest of the service sees it: {@link #poll()} starts issues that are due and picks
 * up those left SENDING (by a restart, a pause, deferred copies), one issue at a time on a thread of its own;
 * statistics per issue; stop and start (a shutdown, and tests of a restart mid-send).
 */
@Component
public class Deliveries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final IssueSending sending;
    private final Newsletters newsletters;
    private final DeliveryLog records;
    private final ListActivity lists;
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "newsletter-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> current;

    Deliveries(IssueSending sending, Newsletters newsletters, DeliveryLog records, ListActivity lists) {
        this.sending = sending;
        this.newsletters = newsletters;
        this.records = records;
        this.lists = lists;
    }

    /** Starts a run over every due or sending issue, unless one is running already. */
    public synchronized void poll() {
        if (sending.stopping() || (current != null && !current.isDone())) {
            return;
        }
        Set<String> work = new LinkedHashSet<>();
        newsletters.sending().forEach(issue -> work.add(issue.id()));
        newsletters.due().forEach(issue -> work.add(issue.id()));
        if (work.isEmpty()) {
            return;
        }
        current = dispatcher.submit(() -> {
            for (String issueId : work) {
                try {
                    sending.run(issueId);
                } catch (RuntimeException failure) {
                    log.error("newsletter {}: sending stopped by {}", issueId, failure.toString(), failure);
                }
            }
        });
    }

    /** Stops sending: copies in flight finish and are recorded SENT; nothing new is taken up. Waits for the run. */
    public synchronized void stop() {
        sending.stop();
        awaitRun();
    }

    /** Allows sending again after {@link #stop()} (as a restarted instance would). */
    public synchronized void start() {
        sending.allow();
    }

    /** Waits (at most a minute) for the current run to end. */
    public void awaitRun() {
        Future<?> run = current;
        if (run != null) {
            try {
                run.get(1, TimeUnit.MINUTES);
            } catch (Exception ended) {
                // ended one way or another
            }
        }
    }

    public DeliveryStatistics statistics(String issueId) {
        Issue issue = newsletters.issue(issueId);
        SendTimes.Summary timing = sending.lastRun();
        return new DeliveryStatistics(issueId, issue.status(), records.count(issueId),
                records.count(issueId, DeliveryStatus.SENT), records.count(issueId, DeliveryStatus.DEFERRED),
                records.count(issueId, DeliveryStatus.FAILED), records.count(issueId, DeliveryStatus.SUPPRESSED),
                records.count(issueId, DeliveryStatus.PENDING),
                unsubscribedSince(issue),
                timing.copies(), timing.p50Ms(), timing.p99Ms(), timing.perSecond());
    }

    /** Recipients of this issue (sent a copy) who unsubscribed since it started sending. */
    private long unsubscribedSince(Issue issue) {
        return lists.unsubscribedSince(IssueSending.LIST, issue.sendingStartedAt()).stream()
                .filter(email -> records.find(issue.id(), Delivery.idOf(issue.id(), email))
                        .filter(copy -> copy.status() == DeliveryStatus.SENT).isPresent())
                .count();
    }

    /** One recipient's copy, by address (for support questions: was it sent, when, with which Message-ID). */
    public java.util.Optional<CopyView> copy(String issueId, io.councilhub.chassis.domain.Email email) {
        return records.find(issueId, Delivery.idOf(issueId, email)).map(d -> new CopyView(d.status(), d.attempts(),
                d.sentAt(), d.messageId(), d.smtpCode(), d.lastError()));
    }

    /** One copy as the secretariat sees it. */
    public record CopyView(DeliveryStatus status, int attempts, java.time.Instant sentAt, String messageId,
                           Integer smtpCode, String lastError) {
    }

    @Override
    public void destroy() {
        sending.stop();
        dispatcher.shutdown();
        try {
            dispatcher.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
