package io.councilhub.membership.application.web;

import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.application.Applications;
import io.councilhub.membership.member.Decision;
import io.councilhub.membership.member.LocalGovernmentCode;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberId;
import io.councilhub.membership.member.MemberStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/applications}: the secretariat records an application (入会申込), then admits or rejects
 * it; officers see the open ones. An admitted application is a member at {@code /api/members/{id}}.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final Applications applications;

    ApplicationController(Applications applications) {
        this.applications = applications;
    }

    record ApplicationRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
                              @NotNull MemberCategory category, @NotNull LocalDate appliedOn,
                              String localGovernmentCode, @Size(max = 300) String address) {
    }

    record AdmissionRequest(@NotNull LocalDate admittedOn) {
    }

    record RejectionRequest(@NotNull LocalDate rejectedOn, @NotBlank @Size(max = 500) String reason) {
    }

    record DecisionView(LocalDate on, String onLabel, Decision.DecidedBy by, String proposalId, String reason) {

        static DecisionView of(Decision decision) {
            return decision == null ? null : new DecisionView(decision.on(), JapaneseDates.format(decision.on()),
                    decision.by(), decision.proposalId(), decision.reason());
        }
    }

    record ApplicationView(String id, String name, String nameKana, MemberCategory category, String localGovernmentCode,
                           String address, MemberStatus status, LocalDate appliedOn, String appliedOnLabel,
                           DecisionView admission, DecisionView rejection) {

        static ApplicationView of(Member member) {
            return new ApplicationView(member.id().value(), member.name(), member.nameKana(), member.category(),
                    member.localGovernmentCode(), member.address(), member.status(), member.appliedOn(),
                    member.appliedOn() == null ? null : JapaneseDates.format(member.appliedOn()),
                    DecisionView.of(member.admission()), DecisionView.of(member.rejection()));
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<ApplicationView> apply(@Valid @RequestBody ApplicationRequest request) {
        LocalGovernmentCode code = request.localGovernmentCode() == null || request.localGovernmentCode().isBlank()
                ? null : new LocalGovernmentCode(request.localGovernmentCode().strip());
        Member application = applications.apply(request.name(), request.nameKana(), request.category(),
                request.appliedOn(), code, request.address());
        return ResponseEntity.created(URI.create("/api/applications/" + application.id().value()))
                .body(ApplicationView.of(application));
    }

    /** The applications awaiting a decision, oldest first. */
    @GetMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    List<ApplicationView> open() {
        return applications.open().stream().map(ApplicationView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ApplicationView get(@PathVariable String id) {
        return ApplicationView.of(applications.get(new MemberId(id)));
    }

    @PostMapping("/{id}/admission")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ApplicationView admit(@PathVariable String id, @Valid @RequestBody AdmissionRequest request) {
        return ApplicationView.of(applications.admit(new MemberId(id), request.admittedOn()));
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ApplicationView reject(@PathVariable String id, @Valid @RequestBody RejectionRequest request) {
        return ApplicationView.of(applications.reject(new MemberId(id), request.rejectedOn(), request.reason()));
    }
}
