package io.councilhub.gateway.dashboard.meetings;

import java.util.List;

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

    record AgendaItem(String id, String type, String heading, int number, String title, String kind, String subjectRef,
                      Integer fiscalYear, String status, Integer voters, Integer answered, Decision decision) {

        public boolean isProposal() {
            return "PROPOSAL".equals(type);
        }
    }

    record Decision(String outcome, String outcomeLabel, String reason, Votes votes, String decidedOn,
                    String decidedOnLabel) {
    }

    record Votes(int voters, int participating, int votesFor, int votesAgainst, int abstentions) {
    }
}
