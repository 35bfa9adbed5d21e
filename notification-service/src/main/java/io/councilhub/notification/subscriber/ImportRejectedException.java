package io.councilhub.notification.subscriber;

/** A real import with rejected rows: nothing was changed; the report says which rows and why. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportReport report;

    ImportRejectedException(ImportReport report) {
        super(report.summary().rejected() + " 行を取り込めません (" + report.summary().rejected() + " rows cannot be imported)");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
