package io.councilhub.membership.member;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * The roll's version: a counter in the store that goes up after every change to a member, whichever instance of the
 * service made it, so that each instance knows when what it read of the roll before is out of date.
 *
 * <p>It goes up by itself after every save or delete of a member through Spring Data (each of which publishes a
 * mapping event), so a new write path cannot forget it. A batch (an import of thousands) raises it once at its end
 * instead of once per member. A write that bypasses the mapping events (an update by query) must call
 * {@link #changed()} itself.
 */
@Component
public class RollVersion extends AbstractMongoEventListener<Member> {

    static final String COLLECTION = "rollVersion";
    private static final String ROLL = "roll";

    private final MongoOperations mongo;
    private final ThreadLocal<Boolean> inBatch = ThreadLocal.withInitial(() -> false);

    RollVersion(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The version now: read before reading the roll, and kept with what was read. */
    public long current() {
        Document stored = mongo.findById(ROLL, Document.class, COLLECTION);
        return stored == null ? 0 : ((Number) stored.get("version")).longValue();
    }

    /** Records that the roll has changed; after this returns, every instance sees a new version. */
    public void changed() {
        mongo.upsert(Query.query(Criteria.where("_id").is(ROLL)), new Update().inc("version", 1), COLLECTION);
    }

    /** Runs many writes and raises the version once, at the end (also when the writes fail half-way). */
    public <T> T batch(Supplier<T> writes) {
        if (inBatch.get()) {
            return writes.get();
        }
        inBatch.set(true);
        try {
            return writes.get();
        } finally {
            inBatch.set(false);
            changed();
        }
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Member> event) {
        if (!inBatch.get()) {
            changed();
        }
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<Member> event) {
        if (!inBatch.get()) {
            changed();
        }
    }
}
