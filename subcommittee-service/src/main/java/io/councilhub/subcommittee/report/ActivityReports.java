package io.councilhub.subcommittee.report;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

/** The activity reports as stored; a plan reads last year's to compare itself with. */
public interface ActivityReports extends MongoRepository<ActivityReport, String> {

    Optional<ActivityReport> findBySubcommitteeIdAndFiscalYear(String subcommitteeId, int fiscalYear);

    List<ActivityReport> findByFiscalYearOrderBySubcommitteeName(int fiscalYear);
}
