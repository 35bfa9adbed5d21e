package io.councilhub.membership.contact;

import java.util.List;

/**
 * What a personnel change (人事異動) does, or would do on a dry run: per member named in the sheet, its
 * outcome and the contacts added, removed, changed and unchanged; and every rejected row with its row
 * number, field and reason. Members not named in the sheet are not in it and keep their contacts.
 */
public record PersonnelChangeReport(boolean dryRun, int rows, List<MemberOutcome> members, List<Rejection> rejected) {

    public PersonnelChangeReport {
        members = List.copyOf(members);
        rejected = List.copyOf(rejected);
    }

    /** What happens to one member's contacts. */
    public enum Outcome {
        /** The list changes (on a dry run: would change). */
        CHANGED,
        /** The sheet says what is stored already. */
        UNCHANGED,
        /** A row of this member was rejected, so none of its rows are applied. */
        SKIPPED,
        /** Someone changed this member's contacts at the same moment; run the change again. */
        CONFLICT
    }

    /**
     * One member's result. {@code diff} is null when it was skipped; {@code rows} are its rows in the sheet.
     */
    public record MemberOutcome(String memberId, String memberName, Outcome outcome, ContactsDiff diff,
                                List<Integer> rows, String note) {

        public MemberOutcome {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A row that cannot be applied: where ({@code row}, the spreadsheet's row number with the header as
     * row 1; {@code field} and the {@code column} header as the file has it) and why. Never the cell's value.
     */
    public record Rejection(int row, String field, String column, String reason) {
    }

    public long count(Outcome outcome) {
        return members.stream().filter(member -> member.outcome() == outcome).count();
    }
}
