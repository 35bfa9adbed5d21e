package io.councilhub.chassis.sample;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.membership.MemberCategory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Sample endpoints for the web and security tests. */
@RestController
public class SampleController {

    private final Enrolments enrolments;

    SampleController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    record AdmitRequest(@NotBlank @Size(max = 200) String name, @NotNull MemberCategory category,
                        @NotNull LocalDate admittedOn, @PositiveOrZero Long feeYen) {
    }

    @PostMapping("/api/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SECRETARIAT')")
    Map<String, String> admit(@Valid @RequestBody AdmitRequest request) {
        if (request.name().equals("conflict")) {
            throw new RuleViolationException("sample-conflict", "this sample always conflicts");
        }
        Enrolment enrolment = enrolments.save(Enrolment.admit(request.name(), request.category(), request.admittedOn()));
        return Map.of("id", enrolment.id());
    }

    @GetMapping("/api/enrolments/{id}")
    Map<String, String> get(@PathVariable String id) {
        Enrolment enrolment = enrolments.findById(id).orElseThrow(() -> new NotFoundException("enrolment", id));
        return Map.of("id", enrolment.id(), "name", enrolment.name());
    }

    /** Open to anyone: sample.yml lists {@code GET /api/public/**} under councilhub.security.public-paths. */
    @GetMapping("/api/public/greeting")
    Map<String, String> greeting() {
        return Map.of("greeting", "ようこそ");
    }

    /** Not open: only GET is public. */
    @PostMapping("/api/public/greeting")
    Map<String, String> greetBack() {
        return Map.of("greeting", "ようこそ");
    }

    /** A JSON answer of about {@code kib} KiB: {@code {"text":"xxx..."}}. */
    @GetMapping("/api/public/sized/{kib}")
    Map<String, String> sized(@PathVariable int kib) {
        return Map.of("text", "x".repeat(kib * 1024));
    }

    /** Released by a test once it has read the first of {@link #ticks}' two events. */
    public static final CountDownLatch SECOND_TICK = new CountDownLatch(1);

    /** Two server-sent events: the first, flushed, then the second once a test releases {@link #SECOND_TICK}. */
    @GetMapping("/api/public/ticks")
    void ticks(HttpServletResponse response) throws IOException, InterruptedException {
        response.setContentType("text/event-stream");
        OutputStream out = response.getOutputStream();
        out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (SECOND_TICK.await(20, TimeUnit.SECONDS)) {
            out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @GetMapping("/api/enrolments/count")
    Map<String, Long> count() {
        return Map.of("count", enrolments.count());
    }
}
