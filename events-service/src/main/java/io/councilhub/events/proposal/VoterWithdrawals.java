package io.councilhub.events.proposal;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.events.membership.MembershipReactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MemberWithdrawn takes that organisation off the voters of every open proposal (decided ones keep their count).
 * Idempotent by state: a redelivered event finds it off the voters already and changes nothing.
 */
@Component
@Order(10)
class VoterWithdrawals implements MembershipReactions {

    private static final Logger log = LoggerFactory.getLogger(VoterWithdrawals.class);

    private final Agenda agenda;

    VoterWithdrawals(Agenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
        int changed = agenda.removeVoter(withdrawn.memberId(), withdrawn.withdrawnOn());
        if (changed > 0) {
            log.info("member {} withdrew: taken off the voters of {} open proposals (event {})", withdrawn.memberId(),
                    changed, metadata.id());
        }
    }
}
