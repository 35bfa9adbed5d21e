package io.councilhub.subcommittee.report;

/** A report is drafted (and edited) until it is reported; then it is the record of the year. */
public enum ReportStatus {
    DRAFT, REPORTED
}
