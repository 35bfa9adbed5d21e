package io.councilhub.finance.invoice.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.invoice.DuesRoll;
import io.councilhub.finance.invoice.DuesStatus;
import io.councilhub.finance.invoice.Invoicing;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * 会費納入状況 of a fiscal year for the secretariat and officers: {@code .../dues-roll} as JSON,
 * {@code .../dues-roll.csv} and {@code .../dues-roll.xlsx} as sheets.
 */
@RestController
@RequestMapping("/api/finance/fiscal-years/{year}")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
class DuesRollController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Invoicing invoicing;

    DuesRollController(Invoicing invoicing) {
        this.invoicing = invoicing;
    }

    record LineView(String memberId, String memberName, MemberCategory category, String categoryLabel, long rateYen,
                    String rate, long invoicedYen, String invoiced, long paidYen, String paid, long cancelledYen,
                    long outstandingYen, String outstanding, DuesStatus status, String statusLabel, String invoiceId,
                    String note) {

        static LineView of(DuesRoll.Line line) {
            return new LineView(line.memberId(), line.memberName(), line.category(),
                    DuesRoll.categoryLabel(line.category()), line.rate().amount(), line.rate().format(),
                    line.invoiced().amount(), line.invoiced().format(), line.paid().amount(), line.paid().format(),
                    line.cancelled().amount(), line.outstanding().amount(), line.outstanding().format(), line.status(),
                    line.status().label(), line.invoiceId(), line.note());
        }
    }

    record TotalsView(int members, long invoicedYen, String invoiced, long paidYen, String paid, long cancelledYen,
                      long outstandingYen, String outstanding, Map<DuesStatus, Integer> byStatus) {

        static TotalsView of(DuesRoll.Totals totals) {
            return new TotalsView(totals.members(), totals.invoiced().amount(), totals.invoiced().format(),
                    totals.paid().amount(), totals.paid().format(), totals.cancelled().amount(),
                    totals.outstanding().amount(), totals.outstanding().format(), totals.byStatus());
        }
    }

    record RollView(int fiscalYear, String label, String title, boolean invoicesIssued, List<LineView> lines,
                    TotalsView totals) {
    }

    @GetMapping("/dues-roll")
    RollView roll(@PathVariable FiscalYear year) {
        DuesRoll roll = invoicing.roll(year);
        return new RollView(year.startYear(), year.label(), DuesRollSheet.title(roll), roll.invoicesIssued(),
                roll.lines().stream().map(LineView::of).toList(), TotalsView.of(roll.totals()));
    }

    @GetMapping("/dues-roll.csv")
    ResponseEntity<byte[]> csv(@PathVariable FiscalYear year) {
        return file(DuesRollSheet.csv(invoicing.roll(year)), CSV, year, "csv");
    }

    @GetMapping("/dues-roll.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable FiscalYear year) {
        return file(DuesRollSheet.xlsx(invoicing.roll(year)), XLSX, year, "xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, FiscalYear year, String extension) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(year.label() + "_会費納入状況." + extension, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
