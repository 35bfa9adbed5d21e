package io.councilhub.chassis.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The outbox as an array field of the aggregate documents, read and {@code $pull}ed with single-document updates. */
class MongoOutboxStore implements OutboxStore {

    private final MongoOperations mongo;

    MongoOutboxStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<OutboxEntry> pending(String collection, Object documentId) {
        Query query = Query.query(Criteria.where("_id").is(documentId));
        query.fields().include(OutboxAggregate.OUTBOX);
        Document document = mongo.findOne(query, Document.class, collection);
        if (document == null) {
            return List.of();
        }
        List<Document> entries = document.getList(OutboxAggregate.OUTBOX, Document.class, List.of());
        return entries.stream().map(MongoOutboxStore::entry).toList();
    }

    @Override
    public List<Object> documentsWithPendingEvents(String collection, int limit) {
        Query query = Query.query(Criteria.where(OutboxAggregate.OUTBOX + ".0").exists(true)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(document -> document.get("_id")).toList();
    }

    @Override
    public void remove(String collection, Object documentId, String entryId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
                new Update().pull(OutboxAggregate.OUTBOX, new Document("eventId", entryId)), collection);
    }

    private static OutboxEntry entry(Document entry) {
        Object time = entry.get("time");
        Instant instant = time instanceof Date date ? date.toInstant() : null;
        return new OutboxEntry(entry.getString("eventId"), entry.getString("type"), entry.getString("source"),
                entry.getString("topic"), entry.getString("subject"), instant, entry.getString("traceparent"),
                entry.getString("payload"));
    }
}
