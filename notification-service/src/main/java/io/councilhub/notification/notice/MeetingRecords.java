package io.councilhub.notification.notice;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The meetings as notices know them. */
interface MeetingRecords extends MongoRepository<MeetingRecord, String> {
}
