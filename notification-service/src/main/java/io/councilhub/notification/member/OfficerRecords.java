package io.councilhub.notification.member;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The adopted officer roster as stored here. */
interface OfficerRecords extends MongoRepository<OfficerRecord, String> {
}
