package io.councilhub.gateway.dashboard.overview;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The parts of the services' answers the overview reads (other fields are ignored). */
final class OverviewApi {

    private OverviewApi() {
    }

    /** membership {@code GET /api/members/counts?fiscalYear=}. */
    record MemberCounts(int fiscalYear, List<CategoryCount> categories, long activeDuringYear, long atYearEnd) {
    }

    record CategoryCount(String category, long activeDuringYear, long atYearEnd) {
    }

    /** finance {@code GET /api/finance/fiscal-years/{year}/dues-roll} (its totals). */
    record DuesRoll(int fiscalYear, boolean invoicesIssued, Totals totals) {
    }

    record Totals(int members, long invoicedYen, long paidYen, long cancelledYen, long outstandingYen,
                  Map<String, Integer> byStatus) {
    }

    /** finance {@code GET /api/finance/fiscal-years/{year}/dues-forecast}. */
    record DuesForecast(int fiscalYear, List<ForecastLine> lines, long totalYen) {
    }

    record ForecastLine(String category, long rateYen, long members, long amountYen) {
    }

    /** finance {@code GET /api/finance/fiscal-years/{year}/ledger}: budget against actual. */
    record Ledger(int fiscalYear, String budgetId, List<LineActual> income, List<LineActual> expenditure,
                  long incomeActual, long expenditureActual, long result) {

        public long incomeBudgeted() {
            return income.stream().mapToLong(LineActual::budgeted).sum();
        }

        public long expenditureBudgeted() {
            return expenditure.stream().mapToLong(LineActual::budgeted).sum();
        }
    }

    record LineActual(String section, String account, long budgeted, long actual, long difference) {
    }

    /** events {@code GET /api/meetings?fiscalYear=}. */
    record MeetingList(int fiscalYear, List<Meeting> items) {
    }

    record Meeting(String id, String kind, String kindLabel, String title, OffsetDateTime startsAt, String venue,
                   String formatLabel, String status) {
    }

    /** events {@code GET /api/meetings/{id}/agenda}. */
    record Agenda(String meetingId, List<AgendaItem> items) {
    }

    record AgendaItem(String id, String type, String heading, int number, String title, String kind, String status,
                      Integer voters, Integer answered) {
    }

    /** events {@code GET /api/proposals/{id}}: who votes on it and who has answered. */
    record ProposalVotes(String id, List<Voter> voters, List<Ballot> ballots) {

        ProposalVotes {
            voters = voters == null ? List.of() : voters;
            ballots = ballots == null ? List.of() : ballots;
        }
    }

    record Voter(String memberId, String name) {
    }

    /** A voter's answer; {@code choice} is null for a proxy given without one (委任 to {@code delegate}). */
    record Ballot(String voter, String choice, String delegate) {
    }

    /** notification {@code GET /api/newsletters}. */
    record Publication(String id, String title) {
    }

    /** notification {@code GET /api/newsletters/{id}/issues}. */
    record Issue(String id, String publicationId, int number, String subject, String status, java.time.Instant sentAt,
                 boolean imported, Delivered delivered) {
    }

    record Delivered(long recipients, long sent, long failed, long suppressed) {
    }

    /** notification {@code GET /api/newsletters/{id}/issues/{number}/delivery}. */
    record DeliveryStatistics(String issueId, String status, long recipients, long sent, long deferred, long failed,
                              long suppressed, long pending, long unsubscribedSince) {
    }
}
