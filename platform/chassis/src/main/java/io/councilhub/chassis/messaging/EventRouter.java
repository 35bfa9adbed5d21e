package io.councilhub.chassis.messaging;

import io.councilhub.contracts.DomainEvent;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The consumer of one binding (one topic): reads the CloudEvents envelope, routes by {@code ce_type}
 * to the handler registered for that type, skips types it has no handler for (other consumers' or
 * newer ones), and lets a handler's failure propagate so the binder retries and dead-letters it.
 * <pre>{@code
 * @Bean Consumer<Message<byte[]>> membershipEvents(MemberAccountsUpdater updater) {
 *     return EventRouter.create()
 *             .on(MemberAdmitted.class, updater::on)
 *             .on(MemberWithdrawn.class, updater::on);
 * }
 * }</pre>
 */
public final class EventRouter implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final Map<String, Route<?>> routes = new LinkedHashMap<>();

    private EventRouter() {
    }

    public static EventRouter create() {
        return new EventRouter();
    }

    public <E extends DomainEvent> EventRouter on(Class<E> eventType, EventHandler<E> handler) {
        EventType<E> type = EventCatalogue.of(eventType);
        if (routes.putIfAbsent(type.wireName(), new Route<>(type, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type.wireName());
        }
        return this;
    }

    @Override
    public void accept(Message<byte[]> message) {
        EventMetadata metadata = EventMetadata.from(message);
        Route<?> route = routes.get(metadata.type());
        if (route == null) {
            log.debug("skipping {} {}: no handler here", metadata.type(), metadata.id());
            return;
        }
        TraceContext.runWithin(metadata.traceparent(), () -> route.handle(message.getPayload(), metadata));
    }

    private record Route<E extends DomainEvent>(EventType<E> type, EventHandler<E> handler) {

        void handle(byte[] payload, EventMetadata metadata) {
            handler.on(EventJson.read(payload, type.recordType()), metadata);
        }
    }
}
