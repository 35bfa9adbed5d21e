package io.councilhub.subcommittee.report;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.subcommittee.subcommittee.Subcommittee;
import io.councilhub.subcommittee.subcommittee.Subcommittees;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** Drafts, revises and files subcommittees' activity reports. */
@Service
public class ActivityReporting {

    private final ActivityReports reports;
    private final Subcommittees subcommittees;

    ActivityReporting(ActivityReports reports, Subcommittees subcommittees) {
        this.reports = reports;
        this.subcommittees = subcommittees;
    }

    /** Drafts the report of a subcommittee on a year; one report per subcommittee and year (409 {@code report-exists}). */
    public ActivityReport draft(String subcommitteeId, FiscalYear year, ReportContent content) {
        Subcommittee subcommittee = subcommittees.findById(subcommitteeId)
                .orElseThrow(() -> new NotFoundException("subcommittee", subcommitteeId));
        reports.findBySubcommitteeIdAndFiscalYear(subcommitteeId, year.startYear()).ifPresent(existing -> {
            throw new RuleViolationException("report-exists",
                    subcommittee.nameIn(year) + " has a report on " + year.label() + " already: " + existing.id());
        });
        return reports.save(ActivityReport.draft(subcommitteeId, subcommittee.nameIn(year), year, content));
    }

    public ActivityReport revise(String id, ReportContent content) {
        ActivityReport report = get(id);
        report.revise(content);
        return reports.save(report);
    }

    public ActivityReport report(String id, LocalDate on) {
        ActivityReport report = get(id);
        report.report(on);
        return reports.save(report);
    }

    /** Whether a MEMBER organisation may read the report: it represents the subcommittee or takes part in it. */
    public boolean isOfMember(ActivityReport report, String memberId) {
        return subcommittees.findById(report.subcommitteeId()).map(found -> found.isOrganisationOf(memberId)).orElse(false);
    }

    public ActivityReport get(String id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("activity report", id));
    }

    public List<ActivityReport> ofYear(FiscalYear year) {
        return reports.findByFiscalYearOrderBySubcommitteeName(year.startYear());
    }
}
