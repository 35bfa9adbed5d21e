package io.councilhub.membership.transfer;

/** A real import with rejected rows: nothing was changed (400 listing every row's errors). */
public class ImportRejectedException extends RuntimeException {

    private final ImportReport report;

    ImportRejectedException(ImportReport report) {
        super(report.summary().rejected() + " of " + report.summary().rows()
                + " rows cannot be imported; nothing was changed (run with dryRun=true to see the plan)");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
