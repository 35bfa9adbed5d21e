package io.councilhub.notification.member;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The member organisations as stored here. */
interface MemberRecords extends MongoRepository<MemberRecord, String> {
}
