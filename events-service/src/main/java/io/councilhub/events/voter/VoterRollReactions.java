package io.councilhub.events.voter;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.events.membership.MembershipReactions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Keeps the {@link VoterRoll} from membership's events; every write is guarded by the event id. */
@Component
@Order(0)
class VoterRollReactions implements MembershipReactions {

    private final VoterRoll roll;

    VoterRollReactions(VoterRoll roll) {
        this.roll = roll;
    }

    @Override
    public void on(MemberAdmitted admitted, EventMetadata metadata) {
        roll.on(admitted, metadata);
    }

    @Override
    public void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
        roll.on(withdrawn, metadata);
    }

    @Override
    public void on(OfficerRosterAdopted adopted, EventMetadata metadata) {
        roll.on(adopted, metadata);
    }
}
