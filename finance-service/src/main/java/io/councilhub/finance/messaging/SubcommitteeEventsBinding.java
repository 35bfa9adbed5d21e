package io.councilhub.finance.messaging;

import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.finance.grant.Grants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Binding {@code subcommitteeEvents-in-0} ({@code council.subcommittees.v1}, group {@code finance}): an
 * approved activity plan is granted what it asked for, once per plan.
 */
@Configuration(proxyBeanMethods = false)
class SubcommitteeEventsBinding {

    @Bean
    Consumer<Message<byte[]>> subcommitteeEvents(Grants grants) {
        return EventRouter.create().on(ActivityPlanApproved.class, (approved, metadata) -> grants.allocate(approved));
    }
}
