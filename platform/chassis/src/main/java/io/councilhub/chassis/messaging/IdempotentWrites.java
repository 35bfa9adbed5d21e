package io.councilhub.chassis.messaging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Makes a handler's single-document write idempotent, keyed by the source event id: the update is
 * guarded by {@code appliedEvents: {$ne: eventId}} and pushes the id in the same write (keeping the
 * last {@value #REMEMBERED} ids), so a redelivered event matches nothing and changes nothing.
 * With upsert, a redelivery to an existing document hits the unique {@code _id} instead, which is
 * also reported as "already applied".
 */
public final class IdempotentWrites {

    /** Field that holds the ids of the events already applied to a document. */
    public static final String APPLIED_EVENTS = "appliedEvents";

    /** How many event ids a document remembers; older ones have long left the broker's retention. */
    static final int REMEMBERED = 200;

    private final MongoOperations mongo;

    public IdempotentWrites(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to the document {@code id} of {@code entity} unless {@code event} was
     * applied to it already. With {@code upsert} a missing document is created.
     *
     * @return true if this call changed the document, false if the event had been applied before
     *         (or, without upsert, if there is no such document)
     */
    public boolean apply(Class<?> entity, Object id, EventMetadata event, Update update, boolean upsert) {
        Query notYetApplied = Query.query(Criteria.where("_id").is(id).and(APPLIED_EVENTS).ne(event.id()));
        update.push(APPLIED_EVENTS).slice(-REMEMBERED).each(event.id());
        try {
            Object before = mongo.findAndModify(notYetApplied, update,
                    FindAndModifyOptions.options().upsert(upsert).returnNew(true), entity);
            return before != null;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}
