package io.councilhub.finance.invoice;

import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.finance.account.MemberAccountListener;
import org.springframework.stereotype.Component;

/**
 * Invoices on admission and cancels on withdrawal, after the member account took the event. Both are
 * idempotent by state: an invoice's id is derived from member and year (a repeat finds it), and a
 * cancelled or paid invoice is not cancelled again.
 */
@Component
class InvoicesOnMembershipEvents implements MemberAccountListener {

    private final Invoicing invoicing;

    InvoicesOnMembershipEvents(Invoicing invoicing) {
        this.invoicing = invoicing;
    }

    @Override
    public void admitted(MemberAdmitted event, EventMetadata metadata) {
        invoicing.admitted(event.memberId());
    }

    @Override
    public void withdrawn(MemberWithdrawn event, EventMetadata metadata) {
        invoicing.withdrawn(event.memberId(), event.withdrawnOn());
    }
}
