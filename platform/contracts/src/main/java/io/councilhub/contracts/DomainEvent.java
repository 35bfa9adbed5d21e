package io.councilhub.contracts;

/**
 * An immutable, past-tense fact one context publishes. Its {@link #subject()} is the id of the
 * aggregate it is about: the Kafka record key and the CloudEvents {@code ce_subject}, so the
 * events of one aggregate stay in order.
 */
public interface DomainEvent {

    /** The id of the aggregate this event is about. */
    String subject();
}
