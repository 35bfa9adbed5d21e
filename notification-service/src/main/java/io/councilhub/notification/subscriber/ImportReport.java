package io.councilhub.notification.subscriber;

import java.util.List;

/**
 * The plan of a distribution-list import, row by row, and whether it was applied.
 *
 * @param dryRun  nothing was to be changed
 * @param applied the plan was carried out (a real run without rejected rows)
 */
public record ImportReport(String list, boolean dryRun, boolean applied, Summary summary, List<RowResult> rows) {

    /** What importing one row does (or, in a dry run, would do). */
    public enum Outcome {
        /** A new subscriber, ACTIVE (the council had the address's consent on its distribution list). */
        CREATED,
        /** The address is on the list already; its name, organisation, department or language are corrected. */
        UPDATED,
        /** The row matches the list already (or the address left it: an import never re-adds it). */
        UNCHANGED,
        /** The row cannot be imported; {@code errors} says why. */
        REJECTED
    }

    public record Summary(int rows, int created, int updated, int unchanged, int rejected) {

        static Summary of(List<RowResult> results) {
            return new Summary(results.size(), count(results, Outcome.CREATED), count(results, Outcome.UPDATED),
                    count(results, Outcome.UNCHANGED), count(results, Outcome.REJECTED));
        }

        private static int count(List<RowResult> results, Outcome outcome) {
            return (int) results.stream().filter(result -> result.outcome() == outcome).count();
        }
    }

    /** One row: the row number as the file shows it (header is row 1), the outcome, notes and errors. */
    public record RowResult(int row, Outcome outcome, String subscriberId, String email, List<String> notes,
                            List<RowError> errors) {
    }

    /** Why a row cannot be imported: the row, the column and the reason. */
    public record RowError(int row, String field, String message) {
    }
}
