package io.councilhub.membership.member;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The member roll as stored. */
public interface Members extends MongoRepository<Member, String> {
}
