package io.councilhub.finance.settlement;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Closed settlements by id ({@code settlement-2021}). */
interface Settlements extends MongoRepository<Settlement, String> {
}
