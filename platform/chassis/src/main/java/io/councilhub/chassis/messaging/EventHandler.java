package io.councilhub.chassis.messaging;

import io.councilhub.contracts.DomainEvent;

/** Handles one event type: {@code on(MemberWithdrawn event, EventMetadata metadata)}. */
@FunctionalInterface
public interface EventHandler<E extends DomainEvent> {

    void on(E event, EventMetadata metadata);
}
