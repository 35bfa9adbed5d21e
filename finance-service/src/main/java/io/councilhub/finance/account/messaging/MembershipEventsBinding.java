package io.councilhub.finance.account.messaging;

import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.finance.account.MemberAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** Binding {@code membershipEvents-in-0}: membership's topic, routed by {@code ce_type} to the member accounts. */
@Configuration(proxyBeanMethods = false)
class MembershipEventsBinding {

    @Bean
    Consumer<Message<byte[]>> membershipEvents(MemberAccounts accounts) {
        return EventRouter.create()
                .on(MemberAdmitted.class, accounts::on)
                .on(MemberWithdrawn.class, accounts::on);
    }
}
