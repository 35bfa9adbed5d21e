package io.councilhub.notification.subscriber;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The stored list entries. Read by other packages only through {@link Subscribers}. */
interface SubscriberRecords extends MongoRepository<Subscriber, String> {

    Optional<Subscriber> findByListAndAddress(MailingList list, String address);

    List<Subscriber> findByAddress(String address);

    List<Subscriber> findByList(MailingList list, Sort sort);

    Stream<Subscriber> streamByListAndStatus(MailingList list, SubscriberStatus status, Sort sort);

    long countByListAndStatus(MailingList list, SubscriberStatus status);

    List<Subscriber> findByListAndMemberId(MailingList list, String memberId);

    List<Subscriber> findByListAndMemberIdIn(MailingList list, Collection<String> memberIds);

    Optional<Subscriber> findTopByListOrderByPositionDesc(MailingList list);
}
