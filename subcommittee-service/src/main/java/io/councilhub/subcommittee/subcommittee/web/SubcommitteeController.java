package io.councilhub.subcommittee.subcommittee.web;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.subcommittee.subcommittee.AdministrativeContact;
import io.councilhub.subcommittee.subcommittee.ChairApproval;
import io.councilhub.subcommittee.subcommittee.EstablishmentPeriod;
import io.councilhub.subcommittee.subcommittee.Representative;
import io.councilhub.subcommittee.subcommittee.Subcommittee;
import io.councilhub.subcommittee.subcommittee.SubcommitteeKind;
import io.councilhub.subcommittee.subcommittee.SubcommitteeRegistry;
import io.councilhub.subcommittee.subcommittee.SubcommitteeStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/subcommittees}: every signed-in user reads subcommittees; the secretariat establishes, changes and
 * dissolves them. The 庶務・会計担当者 is personal data: only the secretariat, officers and MEMBER users of the
 * representative's or a participant's organisation see it (others get the subcommittee without it, and a 404 on
 * {@code /contact}).
 */
@RestController
@RequestMapping("/api/subcommittees")
class SubcommitteeController {

    private final SubcommitteeRegistry registry;
    private final JwtSettings jwt;

    SubcommitteeController(SubcommitteeRegistry registry, JwtSettings jwt) {
        this.registry = registry;
        this.jwt = jwt;
    }

    record RepresentativeRequest(@NotBlank @Size(max = 64) String memberId, @NotBlank @Size(max = 200) String organisation,
                                 @NotBlank @Size(max = 100) String person, @Size(max = 100) String title) {

        Representative toRepresentative() {
            return new Representative(memberId, organisation, person, title);
        }
    }

    record ContactRequest(@Size(max = 200) String organisation, @NotBlank @Size(max = 100) String person,
                          @Size(max = 300) String address, @Size(max = 20) String phone, @Size(max = 20) String fax,
                          @Size(max = 254) String email) {

        AdministrativeContact toContact() {
            return new AdministrativeContact(organisation, person, address, phone, fax, email);
        }

        @Override
        public String toString() {
            return "ContactRequest[person=" + PersonalData.name(person) + ", email=" + PersonalData.email(email) + "]";
        }
    }

    record PeriodRequest(@NotNull LocalDate from, @NotNull LocalDate until) {

        EstablishmentPeriod toPeriod() {
            return new EstablishmentPeriod(from, until);
        }
    }

    record ApprovalRequest(@NotBlank @Size(max = 100) String approvedBy, @NotNull LocalDate approvedOn) {
    }

    record ParticipantRequest(@Size(max = 64) String memberId, @NotBlank @Size(max = 200) String organisation,
                              @Size(max = 100) String person, @Size(max = 100) String role,
                              LocalDate joinedOn, @Valid ApprovalRequest approval) {
    }

    /**
     * A new subcommittee: established on {@code establishedOn}, or, with {@code proposed: true}, a proposal a meeting
     * establishes later (then without {@code establishedOn}).
     */
    record EstablishmentRequest(@Size(max = 64) String id, @NotNull SubcommitteeKind kind,
                                @NotBlank @Size(max = 200) String name, LocalDate establishedOn, Boolean proposed,
                                @Size(max = 4000) String purpose, @NotNull @Valid RepresentativeRequest representative,
                                @Valid ContactRequest contact, @Valid PeriodRequest period,
                                @Size(max = 200) List<@NotNull @Valid ParticipantRequest> participants) {
    }

    record RenameRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate effectiveOn) {
    }

    record RepresentativeChange(@NotBlank @Size(max = 64) String memberId, @NotBlank @Size(max = 200) String organisation,
                                @NotBlank @Size(max = 100) String person, @Size(max = 100) String title,
                                @NotNull LocalDate effectiveOn) {
    }

    record DissolutionRequest(@NotNull LocalDate dissolvedOn, @Size(max = 500) String reason) {
    }

    @GetMapping
    List<SubcommitteeView> list(@RequestParam(required = false) SubcommitteeStatus status,
                                @RequestParam(required = false) SubcommitteeKind kind, Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        return registry.all().stream()
                .filter(subcommittee -> status == null || subcommittee.status() == status)
                .filter(subcommittee -> kind == null || subcommittee.kind() == kind)
                .map(subcommittee -> SubcommitteeView.of(subcommittee, maySeeContact(subcommittee, user)))
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<SubcommitteeView> establish(@Valid @RequestBody EstablishmentRequest request) {
        boolean proposed = Boolean.TRUE.equals(request.proposed());
        if (proposed && request.establishedOn() != null) {
            throw new InvalidFieldException("establishedOn", "a proposed subcommittee is established on the meeting's decision; leave it out");
        }
        if (!proposed && request.establishedOn() == null) {
            throw new InvalidFieldException("establishedOn", "must not be null (or set proposed: true)");
        }
        AdministrativeContact contact = request.contact() == null ? null : request.contact().toContact();
        EstablishmentPeriod period = request.period() == null ? null : request.period().toPeriod();
        Subcommittee subcommittee = proposed
                ? Subcommittee.propose(request.id(), request.kind(), request.name(), request.purpose(),
                        request.representative().toRepresentative(), contact, period)
                : Subcommittee.establish(request.id(), request.kind(), request.name(), request.establishedOn(),
                        request.purpose(), request.representative().toRepresentative(), contact, period);
        List<ParticipantRequest> participants = request.participants() == null ? List.of() : request.participants();
        for (int i = 0; i < participants.size(); i++) {
            add(subcommittee, participants.get(i), "participants[" + i + "].");
        }
        Subcommittee added = registry.add(subcommittee);
        return ResponseEntity.created(URI.create("/api/subcommittees/" + added.id())).body(SubcommitteeView.of(added, true));
    }

    @GetMapping("/{id}")
    SubcommitteeView get(@PathVariable String id, Authentication caller) {
        Subcommittee subcommittee = registry.get(id);
        return SubcommitteeView.of(subcommittee, maySeeContact(subcommittee, CouncilUser.from(caller, jwt)));
    }

    @GetMapping("/{id}/contact")
    SubcommitteeView.ContactView contact(@PathVariable String id, Authentication caller) {
        Subcommittee subcommittee = registry.get(id);
        if (!maySeeContact(subcommittee, CouncilUser.from(caller, jwt))) {
            throw new NotFoundException("contact of subcommittee", id);
        }
        return subcommittee.contact().map(SubcommitteeView.ContactView::of)
                .orElseThrow(() -> new NotFoundException("contact of subcommittee", id));
    }

    @PutMapping("/{id}/contact")
    @PreAuthorize("hasRole('SECRETARIAT')")
    SubcommitteeView changeContact(@PathVariable String id, @Valid @RequestBody ContactRequest request) {
        return SubcommitteeView.of(registry.change(id, subcommittee -> subcommittee.changeContact(request.toContact())), true);
    }

    @PostMapping("/{id}/rename")
    @PreAuthorize("hasRole('SECRETARIAT')")
    SubcommitteeView rename(@PathVariable String id, @Valid @RequestBody RenameRequest request) {
        return SubcommitteeView.of(registry.change(id, subcommittee -> subcommittee.rename(request.name(), request.effectiveOn())), true);
    }

    @PutMapping("/{id}/representative")
    @PreAuthorize("hasRole('SECRETARIAT')")
    SubcommitteeView changeRepresentative(@PathVariable String id, @Valid @RequestBody RepresentativeChange request) {
        Representative representative = new Representative(request.memberId(), request.organisation(), request.person(), request.title());
        return SubcommitteeView.of(registry.change(id,
                subcommittee -> subcommittee.changeRepresentative(representative, request.effectiveOn())), true);
    }

    @PostMapping("/{id}/participants")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<SubcommitteeView> addParticipant(@PathVariable String id, @Valid @RequestBody ParticipantRequest request) {
        Subcommittee changed = registry.change(id, subcommittee -> add(subcommittee, request, ""));
        String participantId = changed.participants().get(changed.participants().size() - 1).id();
        return ResponseEntity.created(URI.create("/api/subcommittees/" + id + "/participants/" + participantId))
                .body(SubcommitteeView.of(changed, true));
    }

    /** The participant leaves (on {@code leftOn}, default today); the entry stays in the history with that date. */
    @DeleteMapping("/{id}/participants/{participantId}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    SubcommitteeView removeParticipant(@PathVariable String id, @PathVariable String participantId,
                                       @RequestParam(required = false) LocalDate leftOn,
                                       @RequestParam(required = false) String reason) {
        LocalDate on = leftOn == null ? LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) : leftOn;
        if (reason != null && reason.length() > 500) {
            throw new InvalidFieldException("reason", "must be at most 500 characters");
        }
        return SubcommitteeView.of(registry.change(id, subcommittee -> subcommittee.removeParticipant(participantId, on, reason)), true);
    }

    @PostMapping("/{id}/dissolution")
    @PreAuthorize("hasRole('SECRETARIAT')")
    SubcommitteeView dissolve(@PathVariable String id, @Valid @RequestBody DissolutionRequest request) {
        return SubcommitteeView.of(registry.change(id, subcommittee -> subcommittee.dissolve(request.dissolvedOn(), request.reason())), true);
    }

    private static void add(Subcommittee subcommittee, ParticipantRequest request, String prefix) {
        ChairApproval approval = request.approval() == null ? null
                : new ChairApproval(request.approval().approvedBy(), request.approval().approvedOn());
        try {
            subcommittee.addParticipant(request.memberId(), request.organisation(), request.person(), request.role(),
                    request.joinedOn(), approval);
        } catch (InvalidFieldException invalid) {
            if (prefix.isEmpty()) {
                throw invalid;
            }
            throw new InvalidFieldException(prefix + invalid.field(), invalid.getMessage());
        }
    }

    /** SECRETARIAT and OFFICER see every contact; a MEMBER user that of its own organisation's subcommittees. */
    private static boolean maySeeContact(Subcommittee subcommittee, CouncilUser user) {
        return user.has(Role.SECRETARIAT) || user.has(Role.OFFICER) || user.memberId().filter(subcommittee::isOrganisationOf).isPresent();
    }
}
