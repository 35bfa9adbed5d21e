package io.councilhub.chassis.sample;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.chassis.messaging.IdempotentWrites;
import io.councilhub.contracts.membership.MemberAdmitted;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Consumes the membership topic and counts admissions, idempotently; a name of "poison" fails every time. */
@Configuration
@ConditionalOnProperty(name = "sample.consumer.enabled", havingValue = "true", matchIfMissing = true)
class SampleConsumer {

    private final IdempotentWrites writes;

    SampleConsumer(IdempotentWrites writes) {
        this.writes = writes;
    }

    @Bean
    Consumer<Message<byte[]>> sampleEvents() {
        return EventRouter.create().on(MemberAdmitted.class, this::on);
    }

    void on(MemberAdmitted event, EventMetadata metadata) {
        if ("poison".equals(event.name())) {
            throw new IllegalArgumentException("this admission can never be applied");
        }
        writes.apply(Tally.class, event.category().name(), metadata, new Update().inc("admitted", 1), true);
    }
}
