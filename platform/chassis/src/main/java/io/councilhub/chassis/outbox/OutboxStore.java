package io.councilhub.chassis.outbox;

import java.util.List;

/** Reads and removes pending outbox entries in the service's own database. */
public interface OutboxStore {

    /** The pending entries of one document, in the order they were recorded. */
    List<OutboxEntry> pending(String collection, Object documentId);

    /** Ids of documents that have pending entries, oldest first as the store returns them, at most {@code limit}. */
    List<Object> documentsWithPendingEvents(String collection, int limit);

    /** Removes one entry once the broker has acknowledged it. */
    void remove(String collection, Object documentId, String entryId);
}
