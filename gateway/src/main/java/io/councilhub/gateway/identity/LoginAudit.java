package io.councilhub.gateway.identity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The login audit log, newest first. */
interface LoginAudit extends MongoRepository<LoginEvent, String> {

    List<LoginEvent> findAllByOrderByAtDesc(Pageable page);

    List<LoginEvent> findByUsernameOrderByAtDesc(String username, Pageable page);
}
