package io.councilhub.events.membership;

import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Binding {@code membershipEvents-in-0} ({@code council.membership.v1}, group {@code events}): each event goes
 * to every {@link MembershipReactions} bean.
 */
@Configuration(proxyBeanMethods = false)
class MembershipEventsBinding {

    @Bean
    Consumer<Message<byte[]>> membershipEvents(ObjectProvider<MembershipReactions> reactions) {
        return EventRouter.create()
                .on(MemberAdmitted.class, (event, metadata) -> reactions.orderedStream().forEach(r -> r.on(event, metadata)))
                .on(MemberWithdrawn.class, (event, metadata) -> reactions.orderedStream().forEach(r -> r.on(event, metadata)))
                .on(OfficerRosterAdopted.class, (event, metadata) -> reactions.orderedStream().forEach(r -> r.on(event, metadata)));
    }
}
