package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.panel.VoteAnswers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the meetings pages read from events-service, as its API writes it (only the fields the pages show). */
final class MeetingViews {

    private MeetingViews() {
    }

    /** {@code GET /api/meetings?fiscalYear=}. */
    record MeetingList(int fiscalYear, String label, List<Meeting> items) {
    }

    /** {@code GET /api/meetings/{id}}; times as ISO offsets in Asia/Tokyo. */
    record Meeting(String id, String kind, String kindLabel, String title, String description, String startsAt,
                   String endsAt, int fiscalYear, String format, String formatLabel, boolean online, String venue,
                   String responseDeadline, String organiser, List<String> coHosts, String audience, Integer capacity,
                   String registrationClosesAt, String subcommittee, String status, String cancellationReason) {
    }

    /** {@code GET /api/calendar/{fiscalYear}}: 年間活動計画書, rows of activities by month April..March. */
    record Calendar(int fiscalYear, String label, String title, List<Month> months, List<Row> rows) {
    }

    record Month(String month, String label) {
    }

    record Row(int no, String activity, String name, String summary, List<Cell> cells) {
    }

    record Cell(String month, List<Item> items) {
    }

    record Item(String label, boolean planned, String plannedItemId, String meetingId, String meetingTitle, String kind,
                String startsAt) {
    }

    /** {@code GET /api/meetings/{id}/registrations}. */
    record Registrations(String meetingId, int confirmed, List<Registration> items) {
    }

    record Registration(String id, String status, int waitlistPosition, String memberId, String name,
                        String organisation, String organisationKind, boolean observer, String registeredAt,
                        String cancellationReason, Boolean attended) {

        public boolean isConfirmed() {
            return "CONFIRMED".equals(status);
        }
    }

    /** {@code GET /api/meetings/{id}/attendance}: 受講者 16自治体・3団体、26名（オブザーバー含む） 講師・運営側 6名. */
    record Attendance(int localGovernments, int organisations, int people, int observers, boolean observersIncluded,
                      Integer organisers, boolean counted, String summary) {
    }

    /** {@code GET /api/meetings/{id}/agenda}: numbered proposals and reports in order, with their decisions. */
    record Agenda(String meetingId, List<AgendaItem> items) {
    }

    /** {@code GET /api/meetings/{id}/minutes}: 議事録, empty until the secretariat writes it. */
    record Minutes(String meetingId, String text, String updatedAt, String updatedBy) {

        public boolean isWritten() {
            return text != null && !text.isBlank();
        }
    }

    record AgendaItem(String id, String type, String heading, int number, String title, String kind, String subjectRef,
                      Integer fiscalYear, String status, Integer voters, Integer answered, Decision decision) {

        public boolean isProposal() {
            return "PROPOSAL".equals(type);
        }
    }

    record Decision(String outcome, String outcomeLabel, String reason, Votes votes, String decidedOn,
                    String decidedOnLabel, String closedAt, String closedBy) {

        /** 定足数: the service rejects for NO_QUORUM when too few took part; any other decision met it. */
        public boolean quorumMet() {
            return !"NO_QUORUM".equals(reason);
        }

        /** Closed by the clock at a written resolution's response deadline rather than by a person. */
        public boolean closedAtDeadline() {
            return "deadline".equals(closedBy);
        }
    }

    record Votes(int voters, int participating, int votesFor, int votesAgainst, int abstentions) {
    }

    /**
     * {@code GET /api/proposals/{id}}: one agenda item in full, with its voters (fixed when voting opened), the
     * ballots (all of them for the secretariat and officers) and, once closed, the decision with its count.
     */
    record Proposal(String id, String meetingId, String type, String heading, int number, String title, String text,
                    String kind, String subjectRef, Integer fiscalYear, String status, String body, boolean written,
                    String responseDeadline, String openedAt, List<Voter> voters, List<Ballot> ballots,
                    List<RemovedVoter> removedVoters, Decision decision) {

        public Proposal {
            voters = voters == null ? List.of() : voters;
            ballots = ballots == null ? List.of() : ballots;
            removedVoters = removedVoters == null ? List.of() : removedVoters;
        }

        public boolean isProposal() {
            return "PROPOSAL".equals(type);
        }

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }

        /** The ballot of {@code memberId}, or null while it has not answered. */
        public Ballot ballotOf(String memberId) {
            return ballots.stream().filter(ballot -> ballot.voter().equals(memberId)).findFirst().orElse(null);
        }

        /** Each voter with its ballot (or none yet), in the order the service fixed them. */
        public List<VoterLine> lines() {
            Map<String, Ballot> byVoter = new LinkedHashMap<>();
            ballots.forEach(ballot -> byVoter.put(ballot.voter(), ballot));
            List<VoterLine> lines = new ArrayList<>();
            for (Voter voter : voters) {
                lines.add(new VoterLine(voter, byVoter.remove(voter.memberId())));
            }
            byVoter.values().forEach(ballot -> lines.add(new VoterLine(new Voter(ballot.voter(), ballot.voter(), List.of()), ballot)));
            return lines;
        }

        /** The answers received so far, as the ballots say (a proxy counted on its own line, not as its delegate). */
        public Count count() {
            int present = 0;
            int proxies = 0;
            int[] choices = new int[3];
            for (Ballot ballot : ballots) {
                if ("PROXY".equals(ballot.attendance())) {
                    proxies++;
                    continue;
                }
                present++;
                switch (ballot.choice() == null ? "" : ballot.choice()) {
                    case "FOR" -> choices[0]++;
                    case "AGAINST" -> choices[1]++;
                    case "ABSTAIN" -> choices[2]++;
                    default -> {
                    }
                }
            }
            return new Count(voters.size(), ballots.size(), present, proxies, choices[0], choices[1], choices[2]);
        }
    }

    record Voter(String memberId, String name, List<String> personNames) {
    }

    /**
     * One answer: FOR / AGAINST / ABSTAIN, present, by proxy (to {@code delegate}, or CHAIR) or in writing. For a
     * proxy, events-service also says where its vote ends up as its tally follows the chain: {@code countsBy} the
     * ballot that decides it (a voter, or CHAIR) and {@code countsAs} its choice (null: not counted).
     */
    record Ballot(String voter, String choice, String attendance, String delegate, String recordedBy,
                  String recordedAt, String countsAs, String countsBy) {

        public boolean countsByTheChair() {
            return VoteAnswers.CHAIR.equals(countsBy);
        }
    }

    record RemovedVoter(String memberId, String name, String withdrawnOn) {
    }

    record VoterLine(Voter voter, Ballot ballot) {
    }

    /** The running count of an open proposal, from its ballots. */
    record Count(int voters, int answered, int answeredThemselves, int proxies, int votesFor, int votesAgainst,
                 int abstentions) {
    }
}
