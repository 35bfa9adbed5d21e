package io.councilhub.events.registration.messaging;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.events.membership.MembershipReactions;
import io.councilhub.events.registration.KnownOrganisation;
import io.councilhub.events.registration.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registrations' reactions to membership: an admitted organisation becomes known (its name and 自治体/団体 kind for
 * its people's registrations); a withdrawn one loses its places at meetings after the withdrawal (reason
 * MEMBER_WITHDRAWN). Both are idempotent by state: a repeat writes the same organisation and finds nothing left to
 * cancel.
 */
@Component
class WithdrawalReactions implements MembershipReactions {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalReactions.class);

    private final Registrations registrations;

    WithdrawalReactions(Registrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public void on(MemberAdmitted admitted, EventMetadata metadata) {
        registrations.remember(new KnownOrganisation(admitted.memberId(), admitted.name(), admitted.category()));
    }

    @Override
    public void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
        int cancelled = registrations.cancelAfterWithdrawal(withdrawn.memberId(), withdrawn.withdrawnOn());
        if (cancelled > 0) {
            log.info("member {} withdrew on {}: {} registrations cancelled (event {})", withdrawn.memberId(),
                    withdrawn.withdrawnOn(), cancelled, metadata.id());
        }
    }
}
