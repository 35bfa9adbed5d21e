package io.councilhub.membership.officer;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The officer rosters as stored, one document per fiscal year ({@code roster-2022}). */
public interface OfficerRosters extends MongoRepository<OfficerRoster, String> {
}
