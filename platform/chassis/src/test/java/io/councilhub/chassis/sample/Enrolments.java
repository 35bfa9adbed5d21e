package io.councilhub.chassis.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Enrolments extends MongoRepository<Enrolment, String> {
}
