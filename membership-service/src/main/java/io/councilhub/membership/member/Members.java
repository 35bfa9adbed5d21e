package io.councilhub.membership.member;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

/** The member roll as stored, applications included. */
public interface Members extends MongoRepository<Member, String> {

    List<Member> findByStatus(MemberStatus status, Sort sort);

    List<Member> findByStatusIn(Collection<MemberStatus> statuses, Sort sort);
}
