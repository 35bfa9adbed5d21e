package io.councilhub.membership.member;

import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The member roll as stored. */
public interface Members extends MongoRepository<Member, String> {

    List<Member> findByCategory(MemberCategory category, Sort sort);

    List<Member> findByStatus(MemberStatus status, Sort sort);

    List<Member> findByCategoryAndStatus(MemberCategory category, MemberStatus status, Sort sort);
}
