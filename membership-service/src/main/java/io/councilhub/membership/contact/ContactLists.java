package io.councilhub.membership.contact;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The contact lists as stored, one per member, keyed by the member's id. */
public interface ContactLists extends MongoRepository<ContactList, String> {
}
