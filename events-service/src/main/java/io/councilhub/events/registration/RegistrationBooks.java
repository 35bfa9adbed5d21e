package io.councilhub.events.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The meetings' registration lists as stored, one per meeting. */
public interface RegistrationBooks extends MongoRepository<RegistrationBook, String> {

    List<RegistrationBook> findByRegistrationsMemberId(String memberId);

    List<RegistrationBook> findByRegistrationsCancellationTokenHash(String cancellationTokenHash);
}
