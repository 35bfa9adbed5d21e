package io.councilhub.chassis.outbox;

import io.councilhub.chassis.messaging.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox entries to Kafka and removes each one only after the broker acknowledged it
 * ({@code acks=all}, idempotent producer). It runs right after a save of an aggregate with pending
 * events, and as a sweep on a timer for whatever a run missed (the broker was down, the process
 * died). A crash between the acknowledgement and the removal republishes the entry: consumers see a
 * duplicate with the same {@code ce_id}, never a loss. Entries of one document go out in order; the
 * first failure stops that document until the next run.
 * <p>
 * One thread does all publishing, so a run after save and the sweep never race within a process.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxSettings settings;
    private final Set<String> collections;
    private final Set<Map.Entry<String, Object>> due = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService worker;

    public OutboxRelay(OutboxStore store, KafkaTemplate<String, byte[]> kafka, OutboxSettings settings,
                       Set<String> collections) {
        this.store = store;
        this.kafka = kafka;
        this.settings = settings;
        this.collections = Set.copyOf(collections);
    }

    /** Asks for the pending events of one document to be published soon, off the caller's thread. */
    public void publishSoon(String collection, Object documentId) {
        ScheduledExecutorService current = worker;
        if (current == null) {
            return;
        }
        if (due.add(Map.entry(collection, documentId))) {
            current.execute(this::publishDue);
        }
    }

    /** Publishes everything pending in every outbox collection; returns how many entries went out. */
    public int sweep() {
        int published = 0;
        for (String collection : collections) {
            List<Map.Entry<String, Object>> documents = new ArrayList<>();
            for (Object id : store.documentsWithPendingEvents(collection, settings.batchSize())) {
                documents.add(Map.entry(collection, id));
            }
            published += publish(documents);
        }
        return published;
    }

    private void publishDue() {
        List<Map.Entry<String, Object>> documents = new ArrayList<>();
        for (Map.Entry<String, Object> document : List.copyOf(due)) {
            due.remove(document);
            documents.add(document);
        }
        publish(documents);
    }

    /**
     * Sends the pending entries of all these documents without waiting in between, then confirms them
     * in order: an entry is removed only once the broker acknowledged it, and the first failure of a
     * document leaves it and everything after it for the next run. The idempotent producer keeps
     * the order of one key's records.
     */
    private int publish(List<Map.Entry<String, Object>> documents) {
        List<InFlight> inFlight = new ArrayList<>();
        for (Map.Entry<String, Object> document : documents) {
            List<OutboxEntry> entries = store.pending(document.getKey(), document.getValue());
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                sends.add(send(entry));
            }
            inFlight.add(new InFlight(document.getKey(), document.getValue(), entries, sends));
        }
        int published = 0;
        for (InFlight document : inFlight) {
            published += confirm(document);
        }
        return published;
    }

    private CompletableFuture<?> send(OutboxEntry entry) {
        try {
            return kafka.send(record(entry));
        } catch (RuntimeException unavailable) {
            return CompletableFuture.failedFuture(unavailable);
        }
    }

    private int confirm(InFlight document) {
        int published = 0;
        for (int i = 0; i < document.entries().size(); i++) {
            OutboxEntry entry = document.entries().get(i);
            try {
                document.sends().get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return published;
            } catch (Exception unavailable) {
                log.warn("outbox: {} {} of {}/{} not published yet, will retry: {}", entry.type(), entry.eventId(),
                        document.collection(), document.id(), unavailable.toString());
                return published;
            }
            store.remove(document.collection(), document.id(), entry.eventId());
            published++;
        }
        return published;
    }

    private record InFlight(String collection, Object id, List<OutboxEntry> entries, List<CompletableFuture<?>> sends) {
    }

    static ProducerRecord<String, byte[]> record(OutboxEntry entry) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.topic(), entry.subject(),
                entry.payload().getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, entry.eventId());
        header(headers, CloudEventHeaders.SOURCE, entry.source());
        header(headers, CloudEventHeaders.TYPE, entry.type());
        header(headers, CloudEventHeaders.TIME, entry.time() == null ? null : entry.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, entry.subject());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.TRACEPARENT, entry.traceparent());
        return record;
    }

    private static void header(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepQuietly, interval, interval, TimeUnit.MILLISECONDS);
        worker = executor;
        executor.execute(this::sweepQuietly);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException failure) {
            log.warn("outbox sweep failed, next one in {}: {}", settings.sweepInterval(), failure.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = worker;
        worker = null;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
