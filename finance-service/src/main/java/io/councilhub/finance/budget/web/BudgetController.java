package io.councilhub.finance.budget.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.web.Problems;
import io.councilhub.finance.budget.Amounts;
import io.councilhub.finance.budget.Budget;
import io.councilhub.finance.budget.BudgetBook;
import io.councilhub.finance.budget.LineBasis;
import io.councilhub.finance.budget.Section;
import io.councilhub.finance.budget.UnbalancedBudgetException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code /api/finance}: the secretariat drafts a year's budget, enters its lines, proposes and adopts it
 * and starts supplementary budgets; the secretariat and officers read it, as JSON, CSV or XLSX.
 */
@RestController
@RequestMapping("/api/finance")
class BudgetController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final BudgetBook budgets;

    BudgetController(BudgetBook budgets) {
        this.budgets = budgets;
    }

    /**
     * A line entered by the secretariat. The amount is read as a decimal so that a fraction is refused,
     * never cut off; {@code basis} is optional (see {@link LineBasis}), {@code position} too (1 = first).
     */
    record LineRequest(@NotNull Section section, @NotBlank @Size(max = 40) String account, BigDecimal amount,
                       @Size(max = 200) String note, LineBasis basis, Integer position) {
    }

    record LineRemoval(@NotNull Section section, @NotBlank @Size(max = 40) String account) {
    }

    record ProposalRequest(LocalDate proposedOn) {
    }

    record AdoptionRequest(LocalDate adoptedOn) {
    }

    @PostMapping("/fiscal-years/{year}/budget")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<BudgetView> draft(@PathVariable FiscalYear year) {
        return created(budgets.draft(year));
    }

    @PostMapping("/fiscal-years/{year}/budget/supplementary")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<BudgetView> supplement(@PathVariable FiscalYear year) {
        return created(budgets.supplement(year));
    }

    @GetMapping("/fiscal-years/{year}/budget")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    BudgetView latest(@PathVariable FiscalYear year) {
        return view(budgets.latest(year).orElseThrow(() -> new NotFoundException("budget of", year.label())));
    }

    @GetMapping("/budgets/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    BudgetView get(@PathVariable String id) {
        return view(budgets.get(id));
    }

    @PutMapping("/budgets/{id}/lines")
    @PreAuthorize("hasRole('SECRETARIAT')")
    BudgetView enter(@PathVariable String id, @Valid @RequestBody LineRequest line) {
        return view(budgets.enter(id, line.section(), line.account(), Amounts.yen("amount", line.amount()), line.note(),
                line.basis(), line.position()));
    }

    @PostMapping("/budgets/{id}/lines/removal")
    @PreAuthorize("hasRole('SECRETARIAT')")
    BudgetView remove(@PathVariable String id, @Valid @RequestBody LineRemoval line) {
        return view(budgets.remove(id, line.section(), line.account().strip()));
    }

    @PostMapping("/budgets/{id}/proposal")
    @PreAuthorize("hasRole('SECRETARIAT')")
    BudgetView propose(@PathVariable String id, @RequestBody(required = false) ProposalRequest request) {
        return view(budgets.propose(id, request == null || request.proposedOn() == null ? today() : request.proposedOn()));
    }

    @PostMapping("/budgets/{id}/adoption")
    @PreAuthorize("hasRole('SECRETARIAT')")
    BudgetView adopt(@PathVariable String id, @RequestBody(required = false) AdoptionRequest request) {
        return view(budgets.adopt(id, request == null || request.adoptedOn() == null ? today() : request.adoptedOn()));
    }

    @GetMapping("/budgets/{id}/table.csv")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        BudgetView budget = view(budgets.get(id));
        return file(BudgetCsv.of(budget), new MediaType("text", "csv", StandardCharsets.UTF_8), budget, "csv");
    }

    @GetMapping("/budgets/{id}/table.xlsx")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ResponseEntity<byte[]> xlsx(@PathVariable String id) {
        BudgetView budget = view(budgets.get(id));
        return file(BudgetXlsx.of(budget), XLSX, budget, "xlsx");
    }

    /** An unbalanced budget is refused with by how much income and expenditure differ. */
    @ExceptionHandler(UnbalancedBudgetException.class)
    ProblemDetail unbalanced(UnbalancedBudgetException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, exception.code(),
                "収入と支出が一致していません (Income and expenditure differ)", exception.getMessage());
        problem.setProperty("rule", exception.code());
        problem.setProperty("incomeTotal", exception.balance().incomeTotal().amount());
        problem.setProperty("expenditureTotal", exception.balance().expenditureTotal().amount());
        problem.setProperty("difference", exception.balance().difference().amount());
        problem.setProperty("label", exception.balance().label());
        return problem;
    }

    private BudgetView view(Budget budget) {
        return BudgetView.of(budget, budgets.forecastDifferences(budget));
    }

    private ResponseEntity<BudgetView> created(Budget budget) {
        return ResponseEntity.created(URI.create("/api/finance/budgets/" + budget.id())).body(view(budget));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, BudgetView budget, String extension) {
        String name = budget.title() + "_" + budget.id() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static LocalDate today() {
        return LocalDate.now(TOKYO);
    }
}
