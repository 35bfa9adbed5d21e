package io.councilhub.notification.newsletter;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored issues. */
interface Issues extends MongoRepository<Issue, String> {

    Optional<Issue> findTopByPublicationIdOrderByNumberDesc(String publicationId);

    Optional<Issue> findByPublicationIdAndNumber(String publicationId, int number);

    List<Issue> findByPublicationId(String publicationId, Sort sort);

    List<Issue> findByPublicationIdAndStatus(String publicationId, IssueStatus status, Sort sort);

    List<Issue> findByStatusIn(Collection<IssueStatus> statuses);
}
