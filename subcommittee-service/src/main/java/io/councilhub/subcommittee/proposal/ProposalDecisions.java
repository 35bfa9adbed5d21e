package io.councilhub.subcommittee.proposal;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Binding {@code meetingEvents-in-0} ({@code council.meetings.v1}, group {@code subcommittee}): a decided
 * proposal goes to the feature that owns its kind; kinds that are not subcommittee-service's are skipped.
 */
@Configuration(proxyBeanMethods = false)
class ProposalDecisions {

    private static final Logger log = LoggerFactory.getLogger(ProposalDecisions.class);

    private final ObjectProvider<EstablishmentDecisions> establishments;
    private final ObjectProvider<ActivityPlanDecisions> plans;

    /** The ports are looked up when a decision arrives; one missing is an error (the record is dead-lettered), never a skip. */
    ProposalDecisions(ObjectProvider<EstablishmentDecisions> establishments, ObjectProvider<ActivityPlanDecisions> plans) {
        this.establishments = establishments;
        this.plans = plans;
    }

    @Bean
    Consumer<Message<byte[]>> meetingEvents() {
        return EventRouter.create()
                .on(ProposalApproved.class, this::on)
                .on(ProposalRejected.class, this::on);
    }

    void on(ProposalApproved approved, EventMetadata metadata) {
        switch (approved.kind()) {
            case SUBCOMMITTEE_ESTABLISHMENT -> establishments.getObject().approved(approved);
            case ACTIVITY_PLAN -> plans.getObject().approved(approved);
            default -> log.debug("proposal {} ({}) is not subcommittee-service's to act on; event {}",
                    approved.proposalId(), approved.kind(), metadata.id());
        }
    }

    void on(ProposalRejected rejected, EventMetadata metadata) {
        switch (rejected.kind()) {
            case ACTIVITY_PLAN -> plans.getObject().rejected(rejected);
            default -> log.debug("rejected proposal {} ({}) changes nothing here; event {}", rejected.proposalId(),
                    rejected.kind(), metadata.id());
        }
    }
}
