package io.councilhub.events.membership;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;

/**
 * A feature's reaction to membership's events (the voter roll keeps who may vote; registrations cancel a
 * withdrawn organisation's future places). Every bean implementing it is called for every event, in order;
 * a failure retries the record for all of them, so each reaction must be idempotent (guard on
 * {@code metadata.id()} or on state).
 */
public interface MembershipReactions {

    default void on(MemberAdmitted admitted, EventMetadata metadata) {
    }

    default void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
    }

    default void on(OfficerRosterAdopted adopted, EventMetadata metadata) {
    }
}
