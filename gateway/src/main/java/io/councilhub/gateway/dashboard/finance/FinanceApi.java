package io.councilhub.gateway.dashboard.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The parts of finance-service's answers the finance pages read. */
final class FinanceApi {

    private FinanceApi() {
    }

    /** {@code GET /api/finance/fiscal-years/{year}/budget}: the newest version, as the packet's table. */
    record Budget(String id, int fiscalYear, String label, int version, String status, String title, LocalDate proposedOn,
                  LocalDate adoptedOn, Section income, Section expenditure, Balance balance,
                  List<ForecastDifference> forecastDifferences) {
    }

    record Section(String section, String heading, List<Line> lines, Line total) {
    }

    record Line(String account, String basis, long amount, long lastYear, long change, String note) {
    }

    record Balance(long incomeTotal, long expenditureTotal, long difference, boolean balanced, String label) {
    }

    record ForecastDifference(String section, String account, long budgeted, long forecast, long difference) {
    }

    /** {@code GET /api/finance/fiscal-years/{year}/dues-roll}. */
    record DuesRoll(int fiscalYear, String label, String title, boolean invoicesIssued, List<RollLine> lines, Totals totals) {
    }

    record RollLine(String memberId, String memberName, String category, String categoryLabel, long rateYen,
                    long invoicedYen, long paidYen, long cancelledYen, long outstandingYen, String status,
                    String statusLabel, String invoiceId, String note) {
    }

    record Totals(int members, long invoicedYen, long paidYen, long cancelledYen, long outstandingYen,
                  Map<String, Integer> byStatus) {
    }

    /** {@code GET /api/finance/invoices/{id}}. */
    record Invoice(String id, String memberId, String memberName, int fiscalYear, String label, String category,
                   long rateYen, long amountYen, String basis, int months, LocalDate issuedOn, LocalDate dueOn,
                   long paidYen, long cancelledYen, long outstandingYen, String status, String duesStatus,
                   String statusLabel, LocalDate cancelledOn, List<Payment> payments) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    record Payment(String paymentId, LocalDate paidOn, long amountYen, String method, String methodLabel, String note) {
    }
}
