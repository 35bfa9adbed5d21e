package io.councilhub.finance.messaging;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.finance.budget.BudgetBook;
import io.councilhub.finance.settlement.SettlementBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Binding {@code meetingEvents-in-0} ({@code council.meetings.v1}, group {@code finance}): an approved
 * proposal of kind BUDGET adopts that year's budget, SETTLEMENT closes that year's settlement; other kinds
 * are not finance's. Both actions are idempotent by themselves, so a redelivery changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class MeetingEventsBinding {

    private static final Logger log = LoggerFactory.getLogger(MeetingEventsBinding.class);

    private final BudgetBook budgets;
    private final SettlementBook settlements;

    MeetingEventsBinding(BudgetBook budgets, SettlementBook settlements) {
        this.budgets = budgets;
        this.settlements = settlements;
    }

    @Bean
    Consumer<Message<byte[]>> meetingEvents() {
        return EventRouter.create().on(ProposalApproved.class, this::on);
    }

    void on(ProposalApproved approved, EventMetadata metadata) {
        switch (approved.kind()) {
            case BUDGET -> budgets.adoptByProposal(FiscalYear.of(approved.fiscalYear()), approved.proposalId(),
                    approved.decidedOn());
            case SETTLEMENT -> settlements.closeByProposal(FiscalYear.of(approved.fiscalYear()), approved.proposalId(),
                    approved.decidedOn());
            default -> log.debug("proposal {} ({}) is not finance's to act on; event {}", approved.proposalId(),
                    approved.kind(), metadata.id());
        }
    }
}
