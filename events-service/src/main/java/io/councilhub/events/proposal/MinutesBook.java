package io.councilhub.events.proposal;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The minutes of the meetings, by meeting id. */
interface MinutesBook extends MongoRepository<Minutes, String> {
}
