package io.councilhub.finance.account;

import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * How many members of a category were admitted (or withdrew) in one fiscal year, and which: the
 * forecast of a year is the admissions up to it less the withdrawals up to it, read from a few small
 * documents instead of every account. {@code memberIds} is the guard that counts each member once.
 */
@Document("duesTallies")
public record DuesTally(@Id String id, MemberCategory category, int fiscalYear, Change change, long members,
                        List<String> memberIds) {

    /** Which way a tally moves the count of members owing dues. */
    public enum Change {
        ADMITTED,
        WITHDRAWN
    }

    static String id(MemberCategory category, int fiscalYear, Change change) {
        return category + ":" + fiscalYear + ":" + change;
    }
}
