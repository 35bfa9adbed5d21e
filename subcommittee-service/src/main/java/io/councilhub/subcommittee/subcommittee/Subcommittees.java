package io.councilhub.subcommittee.subcommittee;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** Every subcommittee and working group, dissolved ones included. */
public interface Subcommittees extends MongoRepository<Subcommittee, String> {

    /** Those the member organisation represents or takes part in now. */
    List<Subcommittee> findByRepresentativeMemberIdOrParticipantMemberIds(String representativeMemberId, String participantMemberId);
}
