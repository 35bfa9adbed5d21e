package io.councilhub.chassis.outbox;

import io.councilhub.contracts.DomainEvent;
import org.springframework.data.annotation.Version;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of every aggregate that publishes events. Intention-named methods of the aggregate call
 * {@link #record(DomainEvent)}; saving the aggregate writes its new state and its pending events in
 * one document write, and the {@link OutboxRelay} publishes them afterwards. Optimistic locking
 * through {@code version} keeps two commands from overwriting each other.
 */
public abstract class OutboxAggregate {

    /** The document field that holds pending events. */
    public static final String OUTBOX = "outbox";

    @Version
    private Long version;

    private List<OutboxEntry> outbox = new ArrayList<>();

    protected void record(DomainEvent event) {
        outbox.add(OutboxEntry.of(event, Clock.systemUTC().instant()));
    }

    /** Events recorded and not yet confirmed published. */
    public List<OutboxEntry> pendingEvents() {
        return List.copyOf(outbox);
    }

    public Long version() {
        return version;
    }
}
