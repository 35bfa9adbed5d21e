package io.councilhub.finance.account;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.IdempotentWrites;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberRenamed;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The member accounts: applies membership's events idempotently (one guarded single-document write
 * per event) and counts, per category, the members who owe dues for a fiscal year.
 */
@Component
public class MemberAccounts {

    private final MongoOperations mongo;
    private final IdempotentWrites writes;

    MemberAccounts(MongoOperations mongo, IdempotentWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    /** Opens the account of a newly admitted member. */
    public boolean on(MemberAdmitted event, EventMetadata metadata) {
        return writes.apply(MemberAccount.class, event.memberId(), metadata, new Update()
                .set("name", event.name())
                .set(MemberAccount.CATEGORY, event.category())
                .set(MemberAccount.ADMITTED_ON, event.admittedOn()), true);
    }

    /** Marks the member withdrawn from its withdrawal date on. */
    public boolean on(MemberWithdrawn event, EventMetadata metadata) {
        Update update = new Update().set(MemberAccount.WITHDRAWN_ON, event.withdrawnOn());
        if (event.category() != null) {
            update.set(MemberAccount.CATEGORY, event.category());
        }
        return writes.apply(MemberAccount.class, event.memberId(), metadata, update, true);
    }

    /** Keeps the member's current name (the dues roll prints it). */
    public boolean on(MemberRenamed event, EventMetadata metadata) {
        return writes.apply(MemberAccount.class, event.memberId(), metadata,
                new Update().set(MemberAccount.NAME, event.name()), false);
    }

    public Optional<MemberAccount> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, MemberAccount.class));
    }

    public List<MemberAccount> findAll(Collection<String> memberIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(memberIds)), MemberAccount.class);
    }

    /** The members who owe dues for {@code year} (see {@link MemberAccount#owesDuesIn}), by category and name. */
    public List<MemberAccount> owingDues(FiscalYear year) {
        return mongo.find(Query.query(owing(year)).with(Sort.by(MemberAccount.CATEGORY, MemberAccount.NAME, "_id")),
                MemberAccount.class);
    }

    /** How many members of each category owe dues for {@code year}: admitted by its end, not withdrawn before it ends. */
    public Map<MemberCategory, Long> countOwingDues(FiscalYear year) {
        Aggregation perCategory = Aggregation.newAggregation(
                Aggregation.match(owing(year)),
                Aggregation.group(MemberAccount.CATEGORY).count().as("members"));
        Map<MemberCategory, Long> counts = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            counts.put(category, 0L);
        }
        for (Document group : mongo.aggregate(perCategory, MemberAccount.class, Document.class).getMappedResults()) {
            Object category = group.get("_id");
            if (category != null) {
                counts.put(MemberCategory.valueOf(category.toString()), ((Number) group.get("members")).longValue());
            }
        }
        return counts;
    }

    private static Criteria owing(FiscalYear year) {
        return new Criteria().andOperator(
                Criteria.where(MemberAccount.ADMITTED_ON).lte(year.end()),
                new Criteria().orOperator(Criteria.where(MemberAccount.WITHDRAWN_ON).is(null),
                        Criteria.where(MemberAccount.WITHDRAWN_ON).gt(year.end())));
    }
}
