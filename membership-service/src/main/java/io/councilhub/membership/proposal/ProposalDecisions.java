package io.councilhub.membership.proposal;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.EventRouter;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.membership.application.Applications;
import io.councilhub.membership.officer.OfficerAppointments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Binding {@code meetingEvents-in-0} ({@code council.meetings.v1}, group {@code membership}): an approved
 * proposal goes to the part of membership that owns its kind; kinds that are not membership's are skipped.
 * Each action is idempotent by itself (an adopted roster is not adopted again), so a redelivery is harmless.
 */
@Configuration(proxyBeanMethods = false)
class ProposalDecisions {

    private static final Logger log = LoggerFactory.getLogger(ProposalDecisions.class);

    private final OfficerAppointments appointments;
    private final Applications applications;

    ProposalDecisions(OfficerAppointments appointments, Applications applications) {
        this.appointments = appointments;
        this.applications = applications;
    }

    @Bean
    Consumer<Message<byte[]>> meetingEvents() {
        return EventRouter.create()
                .on(ProposalApproved.class, this::on)
                .on(ProposalRejected.class, this::on);
    }

    void on(ProposalApproved approved, EventMetadata metadata) {
        switch (approved.kind()) {
            case OFFICER_ELECTION -> appointments.adoptByProposal(FiscalYear.of(approved.fiscalYear()),
                    approved.proposalId(), approved.decidedOn());
            case MEMBER_ADMISSION -> applications.on(approved);
            default -> log.debug("proposal {} ({}) is not membership's to act on; event {}", approved.proposalId(),
                    approved.kind(), metadata.id());
        }
    }

    /** A rejected admission is recorded on the application; other rejections leave membership as it is. */
    void on(ProposalRejected rejected, EventMetadata metadata) {
        if (rejected.kind() == ProposalKind.MEMBER_ADMISSION) {
            applications.on(rejected);
        } else {
            log.debug("rejected proposal {} ({}) changes nothing here; event {}", rejected.proposalId(),
                    rejected.kind(), metadata.id());
        }
    }
}
