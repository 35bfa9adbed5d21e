package io.councilhub.events.proposal;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The agenda items of every meeting as stored. */
public interface AgendaItems extends MongoRepository<AgendaItem, String> {

    List<AgendaItem> findByMeetingIdOrderByPositionAsc(String meetingId);

    long countByMeetingId(String meetingId);

    List<AgendaItem> findByStatus(ProposalStatus status);

    List<AgendaItem> findByStatusAndVoterIds(ProposalStatus status, String memberId);
}
