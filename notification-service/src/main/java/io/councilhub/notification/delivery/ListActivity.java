package io.councilhub.notification.delivery;

import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.SubscriberStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;

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

    long unsubscribedSince(MailingList list, Instant since) {
        if (since == null) {
            return 0;
        }
        return mongo.count(Query.query(where("list").is(list.name()).and("status").is(SubscriberStatus.UNSUBSCRIBED.name())
                .and("leftAt").gte(since)), "subscribers");
    }
}
