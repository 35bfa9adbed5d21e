package io.councilhub.finance.account;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.IdempotentWrites;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * The member accounts: applies membership's events idempotently (each write a guarded single-document
 * update) and counts, per category, the members who owe dues for a fiscal year from small per-year tallies.
 */
@Component
public class MemberAccounts {

    private final MongoOperations mongo;
    private final IdempotentWrites writes;

    MemberAccounts(MongoOperations mongo, IdempotentWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /** Opens the account of a newly admitted member and counts it in its admission year's tally. */
    public boolean on(MemberAdmitted event, EventMetadata metadata) {
        boolean opened = writes.apply(MemberAccount.class, event.memberId(), metadata, new Update()
                .set("name", event.name())
                .set(MemberAccount.CATEGORY, event.category())
                .set(MemberAccount.ADMITTED_ON, event.admittedOn()), true);
        count(event.category(), FiscalYear.of(event.admittedOn()), DuesTally.Change.ADMITTED, event.memberId());
        return opened;
    }

    /** Marks the member withdrawn from its withdrawal date on, and counts it in that year's withdrawals. */
    public boolean on(MemberWithdrawn event, EventMetadata metadata) {
        Update update = new Update().set(MemberAccount.WITHDRAWN_ON, event.withdrawnOn());
        if (event.category() != null) {
            update.set(MemberAccount.CATEGORY, event.category());
        }
        boolean recorded = writes.apply(MemberAccount.class, event.memberId(), metadata, update, true);
        MemberCategory category = event.category() != null ? event.category() : categoryOf(event.memberId());
        if (category != null) {
            count(category, FiscalYear.of(event.withdrawnOn()), DuesTally.Change.WITHDRAWN, event.memberId());
        }
        return recorded;
    }

    /**
     * Adds the member to a tally once. Applied on every delivery, not only when the account write was
     * new: each of the two writes is idempotent on its own, so a crash between them is mended by the
     * redelivery and no multi-document transaction is needed.
     */
    private void count(MemberCategory category, FiscalYear year, DuesTally.Change change, String memberId) {
        writes.applyOnce(DuesTally.class, DuesTally.id(category, year.startYear(), change), "memberIds", memberId,
                new Update().setOnInsert("category", category).setOnInsert("fiscalYear", year.startYear())
                        .setOnInsert("change", change).inc("members", 1).push("memberIds", memberId), true);
    }

    private MemberCategory categoryOf(String memberId) {
        MemberAccount account = mongo.findById(memberId, MemberAccount.class);
        return account == null ? null : account.category();
    }

    /**
     * How many members of each category owe dues for {@code year}: admitted by its end and not
     * withdrawn before it ends, that is admissions in fiscal years up to {@code year} less withdrawals
     * in fiscal years up to {@code year}.
     */
    public Map<MemberCategory, Long> countOwingDues(FiscalYear year) {
        Query upToYear = Query.query(Criteria.where("fiscalYear").lte(year.startYear()));
        upToYear.fields().exclude("memberIds");
        Map<MemberCategory, Long> counts = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            counts.put(category, 0L);
        }
        for (DuesTally tally : mongo.find(upToYear, DuesTally.class)) {
            long delta = tally.change() == DuesTally.Change.ADMITTED ? tally.members() : -tally.members();
            counts.merge(tally.category(), delta, Long::sum);
        }
        return counts;
    }
}
