package io.councilhub.notification.delivery;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.mail.Attachment;
import io.councilhub.notification.mail.Mail;
import io.councilhub.notification.mail.MailAddress;
import io.councilhub.notification.mail.MailDeferred;
import io.councilhub.notification.mail.MailRejected;
import io.councilhub.notification.mail.MailTransport;
import io.councilhub.notification.mail.MessageIds;
import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.IssueStatus;
import io.councilhub.notification.newsletter.NewsletterSettings;
import io.councilhub.notification.newsletter.Newsletters;
import io.councilhub.notification.newsletter.RenderedIssue;
import io.councilhub.notification.subscriber.ListHeaders;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.Recipient;
import io.councilhub.notification.subscriber.Subscribers;
import io.councilhub.notification.subscriber.SuppressionReason;
import io.councilhub.notification.subscriber.Suppressions;
import io.councilhub.notification.subscriber.UnsubscribeLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Sends one issue: takes the lease on it, starts it (SCHEDULED to SENDING), prepares one record per active
 * recipient of the newsletter list once, renders the issue once, then hands the due records, a batch at a time,
 * to a pool of workers that each keep one SMTP connection. A copy is recorded SENT right after the server's
 * accept; its Message-ID comes from (issue, recipient), so the one unavoidable duplicate (a crash between the
 * accept and that write) shows as the same message to the receiver. Between batches it looks at the issue: a
 * pause or a stop ends the run, and the next run picks up what is left. When nothing is left it finishes the
 * issue (SENT, NewsletterIssueSent).
 */
@Component
class IssueSending {

    private static final Logger log = LoggerFactory.getLogger(IssueSending.class);
    static final MailingList LIST = MailingList.NEWSLETTER;

    private final Newsletters newsletters;
    private final Subscribers subscribers;
    private final Suppressions suppressions;
    private final UnsubscribeLinks links;
    private final MailTransport transport;
    private final DeliveryLog records;
    private final DeliverySettings settings;
    private final NewsletterSettings newsletter;
    private final Clock clock;
    private final String owner = "notification-" + UUID.randomUUID();
    private final SendTimes times = new SendTimes();
    private volatile boolean stopping;

    IssueSending(Newsletters newsletters, Subscribers subscribers, Suppressions suppressions, UnsubscribeLinks links,
                 MailTransport transport, DeliveryLog records, DeliverySettings settings, NewsletterSettings newsletter,
                 Clock clock) {
        this.newsletters = newsletters;
        this.subscribers = subscribers;
        this.suppressions = suppressions;
        this.links = links;
        this.transport = transport;
        this.records = records;
        this.settings = settings;
        this.newsletter = newsletter;
        this.clock = clock;
    }

    /** Stops taking up copies (those in flight finish and are recorded); the run ends after its batch. */
    void stop() {
        stopping = true;
    }

    void allow() {
        stopping = false;
    }

    boolean stopping() {
        return stopping;
    }

    SendTimes.Summary lastRun() {
        return times.summary();
    }

    /** Sends what is due of the issue now; returns when it is done, paused, stopped or only deferred copies are left. */
    void run(String issueId) {
        if (stopping || !records.lease(issueId, owner, clock.instant(), clock.instant().plus(settings.lease()))) {
            return;
        }
        try {
            Issue issue = newsletters.issue(issueId);
            if (issue.status() == IssueStatus.SCHEDULED && issue.isDue(clock.instant())) {
                issue = newsletters.startSending(issueId);
            }
            if (issue.status() != IssueStatus.SENDING) {
                return;
            }
            prepareOnce(issueId);
            send(issueId);
            if (!stopping && newsletters.issue(issueId).status() == IssueStatus.SENDING && !records.open(issueId)) {
                Issue.Delivered counts = new Issue.Delivered((int) records.count(issueId),
                        (int) records.count(issueId, DeliveryStatus.SENT), (int) records.count(issueId, DeliveryStatus.FAILED),
                        (int) records.count(issueId, DeliveryStatus.SUPPRESSED));
                newsletters.finishSending(issueId, counts);
                log.info("newsletter {} sent: {}", issueId, counts);
            }
        } finally {
            records.release(issueId, owner);
        }
    }

    private void prepareOnce(String issueId) {
        if (records.run(issueId).map(DeliveryRun::prepared).orElse(false)) {
            return;
        }
        long started = System.nanoTime();
        long count;
        try (Stream<Recipient> recipients = subscribers.streamActive(LIST)) {
            count = records.prepare(issueId, recipients, clock.instant());
        }
        records.prepared(issueId, count, clock.instant());
        log.info("newsletter {}: {} recipients prepared in {} ms", issueId, count, (System.nanoTime() - started) / 1_000_000);
    }

    private void send(String issueId) {
        RenderedIssue issue = newsletters.render(issueId);
        Attachment pdf = Attachment.pdf(issue.pdfName(), issue.pdf());
        MailAddress from = MailAddress.of(newsletter.from(), newsletter.fromName());
        times.reset();
        Queue<MailTransport.Connection> connections = new ConcurrentLinkedQueue<>();
        ThreadLocal<MailTransport.Connection> connection = ThreadLocal.withInitial(() -> {
            MailTransport.Connection opened = transport.connect();
            connections.add(opened);
            return opened;
        });
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "newsletter-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int permits = settings.batchSize() * 2;
        Semaphore inFlight = new Semaphore(permits);
        try {
            // Each pass walks the records due now through one cursor; a pass that finds nothing ends the run (what
            // is left is deferred to later, or the issue is done). Pause and stop are seen between batches.
            while (!stopping && sendingNow(issueId)) {
                int taken = 0;
                try (Stream<Delivery> due = records.streamDue(issueId, clock.instant(), settings.batchSize())) {
                    Iterator<Delivery> cursor = due.iterator();
                    List<Delivery> batch = new ArrayList<>(settings.batchSize());
                    // A store may return a record twice when a write moves it while the cursor is open: once a pass.
                    Set<String> seen = new HashSet<>();
                    while (!stopping && cursor.hasNext()) {
                        Delivery next = cursor.next();
                        if (seen.add(next.id())) {
                            batch.add(next);
                        }
                        if (batch.size() < settings.batchSize() && cursor.hasNext()) {
                            continue;
                        }
                        taken += batch.size();
                        sendBatch(issueId, batch, issue, pdf, from, connection, workers, inFlight);
                        batch = new ArrayList<>(settings.batchSize());
                        if (stopping || !sendingNow(issueId)) {
                            return;
                        }
                        records.lease(issueId, owner, clock.instant(), clock.instant().plus(settings.lease()));
                    }
                }
                // Deferred copies are only found again once their outcome is written.
                drain(inFlight, permits);
                if (taken == 0) {
                    return;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                drain(inFlight, permits);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            workers.shutdown();
            connections.forEach(MailTransport.Connection::close);
        }
    }

    private boolean sendingNow(String issueId) {
        return newsletters.issue(issueId).status() == IssueStatus.SENDING;
    }

    /**
     * Hands one batch to the workers: the suppression list is read once for the batch, not per copy. Up to two
     * batches are in flight, so the workers keep sending while the next batch is read and checked.
     */
    private void sendBatch(String issueId, List<Delivery> batch, RenderedIssue issue, Attachment pdf, MailAddress from,
                           ThreadLocal<MailTransport.Connection> connection, ExecutorService workers,
                           Semaphore inFlight) throws InterruptedException {
        Set<String> suppressed = suppressions.suppressedAmong(
                batch.stream().map(delivery -> delivery.recipient().email()).toList(), LIST);
        for (Delivery delivery : batch) {
            boolean isSuppressed = suppressed.contains(delivery.email().toLowerCase(Locale.ROOT));
            inFlight.acquire();
            try {
                workers.execute(() -> {
                    try {
                        if (!stopping) {
                            deliver(issueId, delivery, isSuppressed, issue, pdf, from, connection.get());
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (RuntimeException rejected) {
                inFlight.release();
                throw rejected;
            }
        }
    }

    /** Waits until every copy handed to the workers is done, then writes the SENT records still unwritten. */
    private void drain(Semaphore inFlight, int permits) throws InterruptedException {
        inFlight.acquire(permits);
        inFlight.release(permits);
        writeSent();
    }

    /** Accepted copies not yet written SENT (only when {@code sentWrites} is more than 1). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Pending> unwritten = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger unwrittenCount = new java.util.concurrent.atomic.AtomicInteger();

    private record Pending(DeliveryLog.Sent sent, long startNanos) {
    }

    private void sent(DeliveryLog.Sent sent, long startNanos) {
        if (settings.sentWrites() <= 1) {
            records.markSent(sent.id(), sent.messageId(), sent.at());
            times.add(startNanos, System.nanoTime());
            return;
        }
        unwritten.add(new Pending(sent, startNanos));
        if (unwrittenCount.incrementAndGet() >= settings.sentWrites()) {
            writeSent();
        }
    }

    /** Writes the accepted copies not yet recorded, in one round trip. */
    private void writeSent() {
        List<Pending> taken = new ArrayList<>();
        Pending next;
        while ((next = unwritten.poll()) != null) {
            taken.add(next);
            unwrittenCount.decrementAndGet();
        }
        if (taken.isEmpty()) {
            return;
        }
        records.markSent(taken.stream().map(Pending::sent).toList());
        long now = System.nanoTime();
        taken.forEach(pending -> times.add(pending.startNanos(), now));
    }

    private void deliver(String issueId, Delivery delivery, boolean suppressed, RenderedIssue issue, Attachment pdf, MailAddress from,
                         MailTransport.Connection connection) {
        long start = System.nanoTime();
        Recipient recipient = delivery.recipient();
        try {
            if (suppressed) {
                records.markSuppressed(delivery.id());
                return;
            }
            ListHeaders headers = links.headers(recipient);
            String unsubscribe = headers.visibleUnsubscribe().toString();
            String messageId = MessageIds.of("newsletter", issueId, delivery.email());
            Mail.Builder mail = Mail.builder()
                    .from(from)
                    .to(new MailAddress(recipient.email(), recipient.name()))
                    .subject(issue.subject())
                    .text(issue.textFor(unsubscribe))
                    .html(issue.htmlFor(unsubscribe))
                    .attach(pdf)
                    .messageId(messageId);
            headers.asMap().forEach(mail::header);
            connection.send(mail.build());
            sent(new DeliveryLog.Sent(delivery.id(), messageId, clock.instant()), start);
        } catch (MailRejected rejected) {
            records.markFailed(delivery.id(), delivery.attempts() + 1, rejected.smtpCode(), rejected.getMessage());
            suppressions.suppress(Email.of(delivery.email()), SuppressionReason.HARD_BOUNCE);
            log.info("newsletter {}: {} rejected ({}), suppressed", issueId, recipient.email().masked(), rejected.smtpCode());
        } catch (MailDeferred deferred) {
            Instant now = clock.instant();
            if (deferred.circuitOpen()) {
                records.markDeferred(delivery.id(), delivery.attempts(), now.plus(transport.settings().circuit().waitInOpenState()),
                        deferred.smtpCode(), deferred.getMessage());
                return;
            }
            int attempts = delivery.attempts() + 1;
            if (attempts >= settings.maxAttempts()) {
                records.markFailed(delivery.id(), attempts, deferred.smtpCode(), deferred.getMessage());
            } else {
                records.markDeferred(delivery.id(), attempts, now.plus(settings.retryAfter(attempts)), deferred.smtpCode(),
                        deferred.getMessage());
            }
        } catch (RuntimeException unexpected) {
            log.warn("newsletter {}: copy {} not sent: {}", issueId, delivery.id(), unexpected.toString());
            records.markDeferred(delivery.id(), delivery.attempts() + 1, clock.instant().plus(settings.retryAfter(1)), 0,
                    unexpected.toString());
        }
    }
}
