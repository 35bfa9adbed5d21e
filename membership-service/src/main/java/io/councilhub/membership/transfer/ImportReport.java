package io.councilhub.membership.transfer;

import java.util.List;

/**
 * The plan of an import, row by row, and whether it was applied.
 *
 * @param dryRun  nothing was to be changed
 * @param applied the plan was carried out (a real run without rejected rows)
 */
public record ImportReport(boolean dryRun, boolean applied, Summary summary, List<RowResult> rows) {

    /** How many rows have each outcome. */
    public record Summary(int rows, int created, int updated, int unchanged, int rejected) {

        static Summary of(List<RowResult> results) {
            return new Summary(results.size(), count(results, ImportOutcome.CREATED), count(results, ImportOutcome.UPDATED),
                    count(results, ImportOutcome.UNCHANGED), count(results, ImportOutcome.REJECTED));
        }

        private static int count(List<RowResult> results, ImportOutcome outcome) {
            return (int) results.stream().filter(result -> result.outcome() == outcome).count();
        }
    }

    /**
     * One row's outcome: the member it is (or would be), what changes, or why it is rejected.
     *
     * @param row the row number as the file shows it (the header is row 1)
     */
    public record RowResult(int row, ImportOutcome outcome, String memberId, String name, List<Change> changes,
                            List<RowError> errors) {
    }

    /** A field of an existing member that the row changes. */
    public record Change(String field, String from, String to) {
    }

    /** Why a row cannot be imported: the row, the column (field) and the reason. */
    public record RowError(int row, String field, String message) {
    }
}
