package io.councilhub.finance.account;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberRenamed;
import io.councilhub.contracts.membership.MemberWithdrawn;

/**
 * A feature that reacts to membership's events after the member account has taken them (invoices, for
 * one). Called for every delivery, a redelivery included, so an implementation must be idempotent on its
 * own: a failure makes the binder redeliver, and the account's write is then a no-op while the listener
 * runs again.
 */
public interface MemberAccountListener {

    default void admitted(MemberAdmitted event, EventMetadata metadata) {
    }

    default void withdrawn(MemberWithdrawn event, EventMetadata metadata) {
    }

    default void renamed(MemberRenamed event, EventMetadata metadata) {
    }
}
