package io.councilhub.finance.grant;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.finance.GrantAllocated;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * 部会活動助成費: the grant a subcommittee receives for an approved activity plan. Its id derives from the
 * plan's ({@code grant-<planId>}), so a plan is granted once however often its approval arrives.
 */
@Document("grants")
public class Grant extends OutboxAggregate {

    @Id
    private String id;
    private String planId;
    private String subcommitteeId;
    private String subcommitteeName;
    @Indexed
    private int fiscalYear;
    private long amountYen;
    private LocalDate approvedOn;

    private Grant() {
    }

    public static String idOf(String planId) {
        return "grant-" + planId;
    }

    /** Allocates the grant an approved plan asked for, recording GrantAllocated. */
    static Grant allocate(ActivityPlanApproved approved) {
        Grant grant = new Grant();
        grant.id = idOf(approved.planId());
        grant.planId = approved.planId();
        grant.subcommitteeId = approved.subcommitteeId();
        grant.subcommitteeName = approved.subcommitteeName();
        grant.fiscalYear = approved.fiscalYear();
        grant.amountYen = approved.grantYen();
        grant.approvedOn = approved.approvedOn();
        grant.record(new GrantAllocated(grant.id, grant.subcommitteeId, grant.planId, grant.fiscalYear, grant.amountYen));
        return grant;
    }

    public String id() {
        return id;
    }

    public String planId() {
        return planId;
    }

    public String subcommitteeId() {
        return subcommitteeId;
    }

    public String subcommitteeName() {
        return subcommitteeName;
    }

    /** Who receives the money: the subcommittee by name, else by id. */
    public String payee() {
        return subcommitteeName == null || subcommitteeName.isBlank() ? subcommitteeId : subcommitteeName;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public Yen amount() {
        return Yen.of(amountYen);
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }
}
