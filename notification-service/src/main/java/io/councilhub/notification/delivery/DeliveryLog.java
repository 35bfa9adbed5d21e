package io.councilhub.notification.delivery;

import io.councilhub.notification.subscriber.Recipient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The delivery records and the run of each issue, written with guarded single-document updates: a record
 * leaves SENT never, so a late or repeated write cannot make a sent copy sendable again.
 */
@Component
class DeliveryLog {

    private static final int INSERT_CHUNK = 1000;

    private final MongoTemplate mongo;

    DeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds a PENDING record per recipient; records there already stay as they are. Returns how many it saw. */
    long prepare(String issueId, Stream<Recipient> recipients, Instant now) {
        long position = 0;
        List<Delivery> chunk = new ArrayList<>(INSERT_CHUNK);
        Iterator<Recipient> each = recipients.iterator();
        while (each.hasNext()) {
            chunk.add(Delivery.pending(issueId, position++, each.next(), now));
            if (chunk.size() == INSERT_CHUNK) {
                insertNew(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            insertNew(chunk);
        }
        return position;
    }

    private void insertNew(List<Delivery> chunk) {
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(chunk).execute();
        } catch (RuntimeException duplicates) {
            // prepared before (a restart during preparation): insert one by one, keeping what is there
            for (Delivery delivery : chunk) {
                try {
                    mongo.insert(delivery);
                } catch (DuplicateKeyException there) {
                    // the record exists and keeps its status
                }
            }
        }
    }

    /**
     * Every record due now (PENDING, or DEFERRED and due), in order of the list, read through one cursor: a send walks the records once instead of
     * querying for each batch (a store without a usable index, such as the local one, scans every record of the
     * collection per query). Close the stream when done.
     */
    Stream<Delivery> streamDue(String issueId, Instant now, int batchSize) {
        return mongo.stream(dueQuery(issueId, now).cursorBatchSize(batchSize), Delivery.class);
    }

    private static Query dueQuery(String issueId, Instant now) {
        return Query.query(where("issueId").is(issueId).orOperator(
                        where("status").is(DeliveryStatus.PENDING),
                        where("status").is(DeliveryStatus.DEFERRED).and("nextAttemptAt").lte(now)))
                .with(Sort.by("position"));
    }

    /** SENT is final, so this write needs no guard: by id alone (the cheapest update a store has). */
    void markSent(String id, String messageId, Instant at) {
        mongo.updateFirst(Query.query(where("_id").is(id)), sent(messageId, at), Delivery.class);
    }

    private static Update sent(String messageId, Instant at) {
        return new Update().set("status", DeliveryStatus.SENT).set("sentAt", at).set("messageId", messageId).unset("lastError");
    }

    /** Several SENT records in one round trip (the copies were accepted; see {@link DeliverySettings}). */
    void markSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class);
        for (Sent one : sent) {
            bulk.updateOne(Query.query(where("_id").is(one.id())), sent(one.messageId(), one.at()));
        }
        bulk.execute();
    }

    record Sent(String id, String messageId, Instant at) {
    }

    void markDeferred(String id, int attempts, Instant nextAttemptAt, int smtpCode, String error) {
        guarded(id, new Update().set("status", DeliveryStatus.DEFERRED).set("attempts", attempts)
                .set("nextAttemptAt", nextAttemptAt).set("smtpCode", smtpCode).set("lastError", error));
    }

    void markFailed(String id, int attempts, int smtpCode, String error) {
        guarded(id, new Update().set("status", DeliveryStatus.FAILED).set("attempts", attempts)
                .set("smtpCode", smtpCode).set("lastError", error));
    }

    void markSuppressed(String id) {
        guarded(id, new Update().set("status", DeliveryStatus.SUPPRESSED));
    }

    private void guarded(String id, Update update) {
        mongo.updateFirst(notSent(id), update, Delivery.class);
    }

    private static Query notSent(String id) {
        return Query.query(where("_id").is(id).and("status").ne(DeliveryStatus.SENT));
    }

    long count(String issueId, DeliveryStatus status) {
        return mongo.count(Query.query(where("issueId").is(issueId).and("status").is(status)), Delivery.class);
    }

    long count(String issueId) {
        return mongo.count(Query.query(where("issueId").is(issueId)), Delivery.class);
    }

    /** Whether anything is left to send now or later. */
    boolean open(String issueId) {
        return mongo.exists(Query.query(where("issueId").is(issueId).and("status")
                .in(DeliveryStatus.PENDING, DeliveryStatus.DEFERRED)), Delivery.class);
    }

    Optional<Delivery> find(String issueId, String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class)).filter(d -> d.issueId().equals(issueId));
    }

    List<Delivery> all(String issueId) {
        return mongo.find(Query.query(where("issueId").is(issueId)).with(Sort.by("position")), Delivery.class);
    }

    // --- the run of an issue: prepared once, held by one instance at a time (a lease) ---

    Optional<DeliveryRun> run(String issueId) {
        return Optional.ofNullable(mongo.findById(issueId, DeliveryRun.class));
    }

    /** Takes or renews the lease on sending {@code issueId}; false when another instance holds it. */
    boolean lease(String issueId, String owner, Instant now, Instant until) {
        Query free = Query.query(where("_id").is(issueId).orOperator(
                where("owner").is(owner), where("leaseUntil").lt(now), where("owner").isNull()));
        try {
            DeliveryRun run = mongo.findAndModify(free, new Update().set("owner", owner).set("leaseUntil", until),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), DeliveryRun.class);
            return run != null && owner.equals(run.owner());
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    void release(String issueId, String owner) {
        mongo.updateFirst(Query.query(where("_id").is(issueId).and("owner").is(owner)),
                new Update().unset("owner").unset("leaseUntil"), DeliveryRun.class);
    }

    void prepared(String issueId, long recipients, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(issueId)),
                new Update().set("preparedAt", at).set("recipients", recipients), DeliveryRun.class);
    }
}
