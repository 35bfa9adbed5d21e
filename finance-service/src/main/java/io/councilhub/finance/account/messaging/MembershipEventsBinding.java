package io.councilhub.finance.account.messaging;

import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberRenamed;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.finance.account.MemberAccountListener;
import io.councilhub.finance.account.MemberAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * Binding {@code membershipEvents-in-0}: membership's topic, routed by {@code ce_type} to the member
 * accounts first and then to every {@link MemberAccountListener} (invoices), which run on redeliveries too.
 */
@Configuration(proxyBeanMethods = false)
class MembershipEventsBinding {

    @Bean
    Consumer<Message<byte[]>> membershipEvents(MemberAccounts accounts, ObjectProvider<MemberAccountListener> provided) {
        return EventRouter.create()
                .on(MemberAdmitted.class, (event, metadata) -> {
                    accounts.on(event, metadata);
                    listeners(provided).forEach(listener -> listener.admitted(event, metadata));
                })
                .on(MemberWithdrawn.class, (event, metadata) -> {
                    accounts.on(event, metadata);
                    listeners(provided).forEach(listener -> listener.withdrawn(event, metadata));
                })
                .on(MemberRenamed.class, (event, metadata) -> {
                    accounts.on(event, metadata);
                    listeners(provided).forEach(listener -> listener.renamed(event, metadata));
                });
    }

    private static List<MemberAccountListener> listeners(ObjectProvider<MemberAccountListener> provided) {
        return provided.orderedStream().toList();
    }
}
