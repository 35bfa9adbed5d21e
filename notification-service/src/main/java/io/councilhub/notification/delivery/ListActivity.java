package io.councilhub.notification.delivery;

import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.SubscriberStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.councilhub.chassis.domain.Email;
import org.bson.Document;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How many left a list since a moment (for "unsubscribed since this issue"). It counts the subscriber
 * entries directly, as the subscriber package offers no such count yet; replace it with
 * {@code Subscribers} once it does.
 */
@Component
class ListActivity {

    private final MongoTemplate mongo;

    ListActivity(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The addresses that unsubscribed from the list at or after {@code since}. */
    List<Email> unsubscribedSince(MailingList list, Instant since) {
        if (since == null) {
            return List.of();
        }
        Query query = Query.query(where("list").is(list.name()).and("status").is(SubscriberStatus.UNSUBSCRIBED.name())
                .and("leftAt").gte(since));
        query.fields().include("email");
        return mongo.find(query, Document.class, "subscribers").stream()
                .map(entry -> Email.of(entry.getString("email"))).toList();
    }
}
