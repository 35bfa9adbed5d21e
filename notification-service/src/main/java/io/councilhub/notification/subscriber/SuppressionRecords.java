package io.councilhub.notification.subscriber;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The stored suppression list. */
interface SuppressionRecords extends MongoRepository<Suppression, String> {

    List<Suppression> findByAddress(String address);
}
