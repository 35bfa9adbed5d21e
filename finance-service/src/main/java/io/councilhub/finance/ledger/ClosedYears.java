package io.councilhub.finance.ledger;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The fiscal years whose books are closed. */
interface ClosedYears extends MongoRepository<ClosedYear, Integer> {
}
