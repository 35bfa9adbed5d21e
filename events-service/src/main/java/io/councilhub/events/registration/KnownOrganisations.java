package io.councilhub.events.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The member organisations events-service has heard of. */
public interface KnownOrganisations extends MongoRepository<KnownOrganisation, String> {
}
