package io.councilhub.membership.member.web;

import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.member.FormerName;
import io.councilhub.membership.member.LocalGovernmentCode;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberId;
import io.councilhub.membership.member.MemberRoll;
import io.councilhub.membership.member.MemberStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/members}: the secretariat admits and withdraws; officers read the roll; a MEMBER user
 * sees only its own organisation (another's is a 404, not a 403, so ids cannot be probed).
 */
@RestController
@RequestMapping("/api/members")
class MemberController {

    private final MemberRoll roll;
    private final JwtSettings jwt;

    MemberController(MemberRoll roll, JwtSettings jwt) {
        this.roll = roll;
        this.jwt = jwt;
    }

    record AdmissionRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
                            @NotNull MemberCategory category, @NotNull LocalDate admittedOn,
                            String localGovernmentCode, @Size(max = 300) String address) {
    }

    record RenameRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
                         @NotNull LocalDate effectiveOn) {
    }

    record WithdrawalRequest(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 500) String reason) {
    }

    record MemberView(String id, String name, String nameKana, List<FormerName> formerNames, MemberCategory category,
                      String localGovernmentCode, String address, MemberStatus status, LocalDate admittedOn,
                      LocalDate withdrawnOn, String withdrawalReason) {

        static MemberView of(Member member) {
            return new MemberView(member.id().value(), member.name(), member.nameKana(), member.formerNames(),
                    member.category(), member.localGovernmentCode(), member.address(), member.status(),
                    member.admittedOn(), member.withdrawnOn(), member.withdrawalReason());
        }
    }

    record MemberList(List<MemberView> items, int total) {
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<MemberView> admit(@Valid @RequestBody AdmissionRequest request) {
        LocalGovernmentCode code = request.localGovernmentCode() == null || request.localGovernmentCode().isBlank()
                ? null : new LocalGovernmentCode(request.localGovernmentCode().strip());
        Member member = roll.admit(request.name(), request.nameKana(), request.category(), request.admittedOn(), code,
                request.address());
        return ResponseEntity.created(URI.create("/api/members/" + member.id().value())).body(MemberView.of(member));
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('SECRETARIAT')")
    MemberView withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request) {
        return MemberView.of(roll.withdraw(new MemberId(id), request.withdrawnOn(), request.reason()));
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasRole('SECRETARIAT')")
    MemberView rename(@PathVariable String id, @Valid @RequestBody RenameRequest request) {
        return MemberView.of(roll.rename(new MemberId(id), request.name(), request.nameKana(), request.effectiveOn()));
    }

    @GetMapping("/{id}")
    MemberView get(@PathVariable String id, Authentication caller) {
        if (!CouncilUser.from(caller, jwt).maySee(id)) {
            throw new NotFoundException("member", id);
        }
        return MemberView.of(roll.get(new MemberId(id)));
    }

    @GetMapping
    MemberList list(@RequestParam(required = false) MemberCategory category,
                    @RequestParam(required = false) MemberStatus status, Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        List<MemberView> visible = roll.list(category, status).stream()
                .filter(member -> user.maySee(member.id().value()))
                .map(MemberView::of).toList();
        return new MemberList(visible, visible.size());
    }
}
