package io.councilhub.gateway.identity;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The gateway's users, by username. */
interface StaffUsers extends MongoRepository<StaffUser, String> {

    List<StaffUser> findAllByOrderByUsernameAsc();
}
