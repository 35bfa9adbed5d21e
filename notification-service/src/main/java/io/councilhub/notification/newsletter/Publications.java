package io.councilhub.notification.newsletter;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored publications. */
interface Publications extends MongoRepository<Publication, String> {
}
