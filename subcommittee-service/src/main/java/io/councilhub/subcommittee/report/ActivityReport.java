package io.councilhub.subcommittee.report;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.subcommittees.ActivityReported;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * 活動報告: one subcommittee's report on one fiscal year. Drafted and edited by the secretariat, then reported
 * (ActivityReported), after which it stands as the record the next year's plan compares itself with.
 */
@Document("activityReports")
@CompoundIndex(name = "one_report_per_subcommittee_and_year", def = "{'subcommitteeId': 1, 'fiscalYear': 1}", unique = true)
public class ActivityReport extends OutboxAggregate {

    @Id
    private String id;
    private String subcommitteeId;
    private String subcommitteeName;
    private int fiscalYear;
    private ReportContent content;
    private ReportStatus status;
    private LocalDate reportedOn;

    private ActivityReport() {
    }

    public static ActivityReport draft(String subcommitteeId, String subcommitteeName, FiscalYear year, ReportContent content) {
        ActivityReport report = new ActivityReport();
        report.id = UUID.randomUUID().toString();
        report.subcommitteeId = Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        report.subcommitteeName = Objects.requireNonNull(subcommitteeName, "subcommitteeName");
        report.fiscalYear = year.startYear();
        report.content = within(content, year);
        report.status = ReportStatus.DRAFT;
        return report;
    }

    public void revise(ReportContent content) {
        requireDraft("edited");
        this.content = within(content, fiscalYear());
    }

    /** 報告: the year's record is complete; records ActivityReported with the meetings held and the actual cost. */
    public void report(LocalDate on) {
        requireDraft("reported");
        reportedOn = Objects.requireNonNull(on, "reportedOn");
        status = ReportStatus.REPORTED;
        record(new ActivityReported(id, subcommitteeId, subcommitteeName, fiscalYear, content.meetings().size(),
                content.actualTotal().amount(), on));
    }

    private void requireDraft(String what) {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolationException("report-not-draft", "this report is " + status + "; only a draft is " + what);
        }
    }

    private static ReportContent within(ReportContent content, FiscalYear year) {
        return new ReportContent(content.theme(), content.periodFrom() == null ? year.start() : content.periodFrom(),
                content.periodTo() == null ? year.end() : content.periodTo(), content.meetings(), content.sessions(),
                content.outputs(), content.costs(), content.selfEvaluations());
    }

    public String id() {
        return id;
    }

    public String subcommitteeId() {
        return subcommitteeId;
    }

    public String subcommitteeName() {
        return subcommitteeName;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public ReportContent content() {
        return content;
    }

    public ReportStatus status() {
        return status;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }
}
