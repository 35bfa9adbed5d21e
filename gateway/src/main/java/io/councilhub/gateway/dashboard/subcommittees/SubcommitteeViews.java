package io.councilhub.gateway.dashboard.subcommittees;

import java.util.List;

/** What the subcommittees pages read from subcommittee-service, as its API writes it (the fields the pages show). */
final class SubcommitteeViews {

    private SubcommitteeViews() {
    }

    /** {@code GET /api/subcommittees}: one of the list. */
    record Subcommittee(String id, String kind, String kindLabel, String name, String establishedOn,
                        String establishedOnLabel, String purpose, Representative representative,
                        List<Participant> participants, Period period, String status, String statusLabel) {

        public long currentParticipants() {
            return participants == null ? 0 : participants.stream().filter(Participant::current).count();
        }
    }

    record Representative(String memberId, String organisation, String person, String title) {
    }

    record Participant(String id, String memberId, boolean member, String organisation, String person, String role,
                       String joinedOn, String leftOn, String leftReason, boolean current) {
    }

    record Period(String from, String until, String to, String label) {
    }

    /** {@code GET /api/subcommittees/plans/{id}}: 活動企画書 with its 経費見積 and (参考) 前年度実績との比較. */
    record Plan(String id, String subcommitteeId, String subcommitteeName, int fiscalYear, String fiscalYearLabel,
                String status, String theme, Period period, String background, List<Section> framework,
                List<Activity> schedule, Estimate estimate, Comparison comparison,
                List<ComparisonEntry> comparisonRows, String submittedOn, PlanDecision decision, Long grant,
                String grantDisplay) {
    }

    record Section(String title, String text) {
    }

    record Activity(String kind, String title, String format, List<Integer> months, String monthsLabel, int count) {
    }

    record Estimate(List<CostItem> items, long total, String totalDisplay) {
    }

    /** One line of the estimate: {@code @2,000円×2名×2か所 = 8,000円}. */
    record CostItem(String heading, String description, long unitPrice, String quantity, String note, String basis,
                    long amount, List<Factor> factors) {
    }

    /** What an item is multiplied by: {@code PEOPLE 2 名}. */
    record Factor(String kind, int quantity, String unit) {
    }

    record Comparison(String lastYearLabel, String thisYearLabel, List<ComparisonRow> rows, Yen lastYearActual,
                      Yen thisYearEstimate) {
    }

    record ComparisonRow(String heading, String lastYear, String thisYear) {
    }

    /** A comparison row as entered: its source ({@code THEME} … {@code TEXT}); a column is null where it is derived. */
    record ComparisonEntry(String heading, String source, String lastYear, String thisYear) {
    }

    record Yen(long amount) {
    }

    record PlanDecision(String on, String by, String proposalId, String reason) {
    }

    /** {@code GET /api/subcommittees/reports/{id}}: 活動報告 with meetings held, costs and 【自己評価】. */
    record Report(String id, String subcommitteeId, String subcommitteeName, int fiscalYear, String fiscalYearLabel,
                  String status, String theme, String periodLabel, List<MeetingHeld> meetings, List<Session> sessions,
                  List<Output> outputs, Costs costs, List<SelfEvaluation> selfEvaluations, String reportedOn) {
    }

    record MeetingHeld(String title, String date, String when, String venue, int attendees, String attendance,
                       List<String> agenda, String note) {
    }

    record Session(String kind, String title, String when, String venue, List<Part> parts, String participantsLabel,
                   Integer staff, String outcome) {
    }

    record Part(String title, List<String> speakers) {
    }

    record Output(String title, Integer quantity, String unit, String first, String last, List<String> details) {
    }

    record Costs(List<Cost> items, long actualTotal, Long estimateTotal) {
    }

    record Cost(String description, String basis, Long estimate, long actual) {
    }

    record SelfEvaluation(String subject, String text) {
    }
}
