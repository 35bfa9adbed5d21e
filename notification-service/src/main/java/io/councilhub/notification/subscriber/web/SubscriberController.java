package io.councilhub.notification.subscriber.web;

import io.councilhub.chassis.sheet.Sheet;
import io.councilhub.chassis.sheet.SheetUploads;
import io.councilhub.chassis.web.Problems;
import io.councilhub.notification.subscriber.ImportRejectedException;
import io.councilhub.notification.subscriber.ImportReport;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.Subscriber;
import io.councilhub.notification.subscriber.SubscriberColumns;
import io.councilhub.notification.subscriber.SubscriberImport;
import io.councilhub.notification.subscriber.SubscriberRoll;
import io.councilhub.notification.subscriber.SubscriberStatus;
import io.councilhub.notification.subscriber.SuppressionReason;
import io.councilhub.notification.subscriber.Suppressions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/subscribers}: the secretariat's view of the lists (personal data, SECRETARIAT only): the
 * entries of a list in order of registration, adding an address, importing a distribution list (dry
 * run first), the suppression list.
 */
@RestController
@RequestMapping("/api/subscribers")
@PreAuthorize("hasRole('SECRETARIAT')")
class SubscriberController {

    private final SubscriberRoll roll;
    private final SubscriberImport subscriberImport;
    private final Suppressions suppressions;
    private final SheetUploads uploads;

    SubscriberController(SubscriberRoll roll, SubscriberImport subscriberImport, Suppressions suppressions,
                         SheetUploads uploads) {
        this.roll = roll;
        this.subscriberImport = subscriberImport;
        this.suppressions = suppressions;
        this.uploads = uploads;
    }

    record SubscriberView(String id, String list, String email, String name, String organisation, String department,
                          String language, SubscriberStatus status, long position, String memberId, String source,
                          Instant registeredAt, Instant confirmedAt, Instant leftAt) {

        static SubscriberView of(Subscriber s) {
            return new SubscriberView(s.id(), s.list().slug(), s.email().value(), s.name(), s.organisation(),
                    s.department(), s.language().code(), s.status(), s.position(), s.memberId(), s.source().name(),
                    s.registeredAt(), s.confirmedAt(), s.leftAt());
        }
    }

    record AddRequest(@Size(max = 20) String list, @NotBlank @Size(max = 254) String email, @Size(max = 100) String name,
                      @Size(max = 200) String organisation, @Size(max = 200) String department, @Size(max = 5) String language) {
    }

    record SuppressRequest(@NotBlank @Size(max = 254) String email, @NotNull SuppressionReason reason) {
    }

    @GetMapping
    List<SubscriberView> entries(@RequestParam(defaultValue = "newsletter") String list) {
        return roll.entries(Requests.list(list)).stream().map(SubscriberView::of).toList();
    }

    /** How many entries each list has, by status. */
    @GetMapping("/lists")
    List<Map<String, Object>> lists() {
        return java.util.Arrays.stream(MailingList.values()).map(list -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("list", list.slug());
            counts.put("title", list.title());
            for (SubscriberStatus status : SubscriberStatus.values()) {
                counts.put(status.name().toLowerCase(), roll.count(list, status));
            }
            return counts;
        }).toList();
    }

    @PostMapping
    ResponseEntity<SubscriberView> add(@Valid @RequestBody AddRequest request) {
        Subscriber added = roll.add(Requests.list(request.list() == null ? "newsletter" : request.list()),
                Requests.email(request.email()), new Subscriber.Person(request.name(), request.organisation(),
                        request.department(), Requests.language(request.language())));
        return ResponseEntity.created(URI.create("/api/subscribers/" + added.id())).body(SubscriberView.of(added));
    }

    /** A CSV or XLSX distribution list (the {@code file} part, or the body); {@code dryRun} defaults to true. */
    @PostMapping("/import")
    ImportReport importList(@RequestParam(defaultValue = "newsletter") String list,
                            @RequestParam(defaultValue = "true") boolean dryRun,
                            @RequestParam(name = "file", required = false) MultipartFile file,
                            HttpServletRequest request) {
        MailingList mailingList = Requests.list(list);
        Sheet sheet = uploads.read(file, request, SubscriberColumns.COLUMNS);
        return subscriberImport.run(mailingList, sheet, dryRun);
    }

    @GetMapping("/suppressions")
    List<SubscriberRoll.SuppressionView> suppressions() {
        return roll.suppressions();
    }

    /** Puts an address on the suppression list: it receives nothing from anything any more. */
    @PostMapping("/suppressions")
    ResponseEntity<Void> suppress(@Valid @RequestBody SuppressRequest request) {
        suppressions.suppress(Requests.email(request.email()), request.reason());
        return ResponseEntity.noContent().build();
    }

    /** A real import with rejected rows: 400 with every row's errors; nothing was changed. */
    @RestControllerAdvice(assignableTypes = SubscriberController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class RejectedImport {

        @ExceptionHandler(ImportRejectedException.class)
        ProblemDetail rejected(ImportRejectedException exception) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "import-rejected",
                    "取り込めない行があります (Rows cannot be imported)", exception.getMessage());
            ImportReport report = exception.report();
            problem.setProperty("errors", report.rows().stream().flatMap(row -> row.errors().stream()).toList());
            problem.setProperty("summary", report.summary());
            return problem;
        }
    }
}
