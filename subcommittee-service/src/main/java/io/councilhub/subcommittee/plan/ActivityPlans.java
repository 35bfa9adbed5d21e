package io.councilhub.subcommittee.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

/** The activity plans as stored. */
public interface ActivityPlans extends MongoRepository<ActivityPlan, String> {

    Optional<ActivityPlan> findBySubcommitteeIdAndFiscalYear(String subcommitteeId, int fiscalYear);

    List<ActivityPlan> findByFiscalYearOrderBySubcommitteeName(int fiscalYear);
}
