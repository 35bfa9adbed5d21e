package io.councilhub.subcommittee.subcommittee.messaging;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.subcommittee.subcommittee.SubcommitteeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Binding {@code membershipEvents-in-0} ({@code council.membership.v1}, group {@code subcommittee}): a withdrawn
 * member organisation leaves its subcommittees; other membership events are skipped.
 */
@Configuration(proxyBeanMethods = false)
class MemberWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(MemberWithdrawals.class);

    private final SubcommitteeRegistry registry;

    MemberWithdrawals(SubcommitteeRegistry registry) {
        this.registry = registry;
    }

    @Bean
    Consumer<Message<byte[]>> membershipEvents() {
        return EventRouter.create().on(MemberWithdrawn.class, this::on);
    }

    void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
        int changed = registry.memberWithdrew(withdrawn.memberId(), withdrawn.withdrawnOn());
        log.info("member {} withdrew on {}: {} subcommittee(s) changed; event {}", withdrawn.memberId(),
                withdrawn.withdrawnOn(), changed, metadata.id());
    }
}
