package io.councilhub.chassis.deadletter.fixable;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.membership.MemberAdmitted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Applies admissions (counting how often each was applied) and fails for the broken ones. */
@Configuration
class FixableConsumer {

    private final Repairs repairs;
    private final MongoOperations mongo;

    FixableConsumer(Repairs repairs, MongoOperations mongo) {
        this.repairs = repairs;
        this.mongo = mongo;
    }

    @Bean
    Consumer<Message<byte[]>> fixableEvents() {
        return EventRouter.create().on(MemberAdmitted.class, this::on);
    }

    void on(MemberAdmitted event, EventMetadata metadata) {
        if (repairs.isBroken(event.name())) {
            throw new IllegalStateException("cannot apply the admission of " + event.name() + " yet");
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(event.memberId())),
                new Update().set("name", event.name()).inc("applied", 1), Admission.class);
    }
}
