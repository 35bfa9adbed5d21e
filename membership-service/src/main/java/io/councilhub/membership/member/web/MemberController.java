package io.councilhub.membership.member.web;

import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.member.FormerName;
import io.councilhub.membership.member.LocalGovernmentCode;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberId;
import io.councilhub.membership.member.MemberPage;
import io.councilhub.membership.member.MemberRoll;
import io.councilhub.membership.member.MemberSearch;
import io.councilhub.membership.member.MemberStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.ArrayList;
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
    private final RollPages pages;

    MemberController(MemberRoll roll, JwtSettings jwt, RollPages pages) {
        this.roll = roll;
        this.jwt = jwt;
        this.pages = pages;
    }

    record AdmissionRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
                            @NotNull MemberCategory category, @NotNull LocalDate admittedOn,
                            String localGovernmentCode, @Size(max = 300) String address) {
    }

    record RenameRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameKana,
                         @NotNull LocalDate effectiveOn) {
    }

    record ReadmissionRequest(@NotNull LocalDate admittedOn) {
    }

    record WithdrawalRequest(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 500) String reason) {
    }

    record MemberView(String id, String name, String nameKana, List<FormerName> formerNames, MemberCategory category,
                      String localGovernmentCode, String address, MemberStatus status, LocalDate admittedOn,
                      LocalDate withdrawnOn, String withdrawalReason, String previousMembershipId) {

        static MemberView of(Member member) {
            return new MemberView(member.id().value(), member.name(), member.nameKana(), member.formerNames(),
                    member.category(), member.localGovernmentCode(), member.address(), member.status(),
                    member.admittedOn(), member.withdrawnOn(), member.withdrawalReason(), member.previousMembershipId());
        }
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

    /** 再入会: admits a withdrawn organisation again; the answer is the new member, at its own Location. */
    @PostMapping("/{id}/readmission")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<MemberView> readmit(@PathVariable String id, @Valid @RequestBody ReadmissionRequest request) {
        Member member = roll.readmit(new MemberId(id), request.admittedOn());
        return ResponseEntity.created(URI.create("/api/members/" + member.id().value())).body(MemberView.of(member));
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

    record MemberPageView(List<MemberView> items, long total, int page, int size) {
    }

    @GetMapping
    MemberPageView search(@RequestParam(required = false) @Size(max = 100) String q,
                          @RequestParam(required = false) MemberCategory category,
                          @RequestParam(required = false) MemberStatus status,
                          @RequestParam(required = false) FiscalYear fiscalYear,
                          @RequestParam(defaultValue = "KANA") MemberSearch.Order order,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                          Authentication caller) {
        MemberSearch search = new MemberSearch(q, category, status, fiscalYear, order, page, size);
        String onlyMember = ownOnly(caller);
        return pages.page(new RollPages.Key(search, onlyMember), () -> {
            MemberPage found = roll.search(search, onlyMember);
            return new MemberPageView(found.members().stream().map(MemberView::of).toList(), found.total(), page, size);
        });
    }

    record CategoryCount(MemberCategory category, long activeDuringYear, long atYearEnd) {
    }

    record YearCounts(int fiscalYear, String label, List<CategoryCount> categories, long activeDuringYear,
                      long atYearEnd) {
    }

    /** Members by category for a fiscal year: active at any time in it, and still active at its end. */
    @GetMapping("/counts")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    YearCounts counts(@RequestParam("fiscalYear") FiscalYear year) {
        List<Member> active = roll.activeIn(year, null);
        List<CategoryCount> categories = new ArrayList<>();
        for (MemberCategory category : MemberCategory.values()) {
            long during = active.stream().filter(member -> member.category() == category).count();
            long atEnd = active.stream().filter(member -> member.category() == category)
                    .filter(member -> member.withdrawnOn() == null || member.withdrawnOn().isAfter(year.end())).count();
            categories.add(new CategoryCount(category, during, atEnd));
        }
        return new YearCounts(year.startYear(), year.label(), categories,
                categories.stream().mapToLong(CategoryCount::activeDuringYear).sum(),
                categories.stream().mapToLong(CategoryCount::atYearEnd).sum());
    }

    record Change(String id, String name, MemberCategory category, LocalDate on, String onLabel, String reason) {
    }

    record YearChanges(int fiscalYear, String label, List<Change> admissions, List<Change> withdrawals) {
    }

    /** The year's admissions and withdrawals with their dates as the packet prints them (令和3年8月25日). */
    @GetMapping("/changes")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    YearChanges changes(@RequestParam("fiscalYear") FiscalYear year) {
        return new YearChanges(year.startYear(), year.label(),
                roll.admittedIn(year).stream().map(member -> new Change(member.id().value(), member.name(),
                        member.category(), member.admittedOn(), JapaneseDates.format(member.admittedOn()), null)).toList(),
                roll.withdrawnIn(year).stream().map(member -> new Change(member.id().value(), member.name(),
                        member.category(), member.withdrawnOn(), JapaneseDates.format(member.withdrawnOn()),
                        member.withdrawalReason())).toList());
    }

    private String ownOnly(Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        if (user.has(Role.SECRETARIAT) || user.has(Role.OFFICER)) {
            return null;
        }
        return user.memberId().orElse("-none-");
    }
}
