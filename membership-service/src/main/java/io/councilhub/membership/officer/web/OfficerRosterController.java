package io.councilhub.membership.officer.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.membership.officer.Appointment;
import io.councilhub.membership.officer.ChangeReason;
import io.councilhub.membership.officer.OfficerAppointments;
import io.councilhub.membership.officer.OfficerEntry;
import io.councilhub.membership.officer.OfficerRole;
import io.councilhub.membership.officer.OfficerRoster;
import io.councilhub.membership.officer.RosterStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/officer-rosters/{fiscalYear}}: everyone signed in reads a roster (the packet prints it); the
 * secretariat drafts it from last year's, edits the draft and adopts it. Every edit answers the whole roster,
 * since one change can move the proposed reasons of others.
 */
@RestController
@RequestMapping("/api/officer-rosters/{fiscalYear}")
class OfficerRosterController {

    private final OfficerAppointments appointments;

    OfficerRosterController(OfficerAppointments appointments) {
        this.appointments = appointments;
    }

    record AppointmentRequest(@NotNull OfficerRole role, @NotBlank @Size(max = 100) String memberId,
                              @Size(max = 200) String organisation, @Size(max = 300) String department,
                              @Size(max = 100) String title, @NotBlank @Size(max = 100) String personName) {

        Appointment appointment() {
            return new Appointment(role, memberId, organisation, department, title, personName);
        }
    }

    /** An item of the whole list: {@code id} of an existing entry (or none for a new one), optional {@code reason} override. */
    record EntryItem(@Size(max = 100) String id, @NotNull OfficerRole role, @NotBlank @Size(max = 100) String memberId,
                     @Size(max = 200) String organisation, @Size(max = 300) String department,
                     @Size(max = 100) String title, @NotBlank @Size(max = 100) String personName, ChangeReason reason) {

        OfficerRoster.EntryChange change() {
            return new OfficerRoster.EntryChange(id == null || id.isBlank() ? null : id.strip(),
                    new Appointment(role, memberId, organisation, department, title, personName), reason);
        }
    }

    record EntriesRequest(@NotNull @Size(max = 100) List<@Valid @NotNull EntryItem> entries) {
    }

    record ReasonRequest(@NotNull ChangeReason reason) {
    }

    record EntryView(String id, OfficerRole role, String roleLabel, String memberId, String organisation,
                     String department, String title, String personName, ChangeReason reason, String reasonLabel,
                     boolean reasonOverridden, ChangeReason proposedReason, String proposedReasonLabel,
                     boolean memberWithdrawn) {

        static EntryView of(OfficerEntry entry) {
            return new EntryView(entry.id(), entry.role(), entry.role().label(), entry.memberId(), entry.organisation(),
                    entry.department(), entry.title(), entry.personName(), entry.reason(), entry.reason().label(),
                    entry.reasonOverridden(), entry.proposedReason(), entry.proposedReason().label(),
                    entry.memberWithdrawn());
        }
    }

    record RosterView(String id, int fiscalYear, String label, RosterStatus status, String statusLabel, String basedOn,
                      LocalDate adoptedOn, String adoptedOnLabel, String adoptedByProposal, long withdrawnMemberEntries,
                      List<EntryView> entries) {

        static RosterView of(OfficerRoster roster) {
            return new RosterView(roster.id(), roster.fiscalYear().startYear(), roster.fiscalYear().label(),
                    roster.status(), roster.status().label(), roster.basedOn(), roster.adoptedOn(),
                    roster.adoptedOn() == null ? null : JapaneseDates.format(roster.adoptedOn()),
                    roster.adoptedByProposal(),
                    roster.entries().stream().filter(OfficerEntry::memberWithdrawn).count(),
                    roster.entries().stream().map(EntryView::of).toList());
        }
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER', 'MEMBER')")
    RosterView get(@PathVariable FiscalYear fiscalYear) {
        return RosterView.of(appointments.get(fiscalYear));
    }

    @GetMapping("/entries/{entryId}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER', 'MEMBER')")
    EntryView entry(@PathVariable FiscalYear fiscalYear, @PathVariable String entryId) {
        return EntryView.of(appointments.get(fiscalYear).entry(entryId));
    }

    @PostMapping("/draft")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<RosterView> draft(@PathVariable FiscalYear fiscalYear) {
        OfficerRoster roster = appointments.startDraft(fiscalYear);
        return ResponseEntity.created(URI.create(path(fiscalYear))).body(RosterView.of(roster));
    }

    @PostMapping("/entries")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<RosterView> appoint(@PathVariable FiscalYear fiscalYear, @Valid @RequestBody AppointmentRequest request) {
        OfficerEntry entry = appointments.appoint(fiscalYear, request.appointment());
        return ResponseEntity.created(URI.create(path(fiscalYear) + "/entries/" + entry.id()))
                .body(RosterView.of(appointments.get(fiscalYear)));
    }

    @PutMapping("/entries")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RosterView replaceEntries(@PathVariable FiscalYear fiscalYear, @Valid @RequestBody EntriesRequest request) {
        return RosterView.of(appointments.replaceEntries(fiscalYear,
                request.entries().stream().map(EntryItem::change).toList()));
    }

    @PutMapping("/entries/{entryId}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RosterView reappoint(@PathVariable FiscalYear fiscalYear, @PathVariable String entryId,
                         @Valid @RequestBody AppointmentRequest request) {
        return RosterView.of(appointments.reappoint(fiscalYear, entryId, request.appointment()));
    }

    @DeleteMapping("/entries/{entryId}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RosterView dismiss(@PathVariable FiscalYear fiscalYear, @PathVariable String entryId) {
        return RosterView.of(appointments.dismiss(fiscalYear, entryId));
    }

    @PutMapping("/entries/{entryId}/reason")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RosterView overrideReason(@PathVariable FiscalYear fiscalYear, @PathVariable String entryId,
                              @Valid @RequestBody ReasonRequest request) {
        return RosterView.of(appointments.overrideReason(fiscalYear, entryId, request.reason()));
    }

    @DeleteMapping("/entries/{entryId}/reason")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RosterView restoreProposedReason(@PathVariable FiscalYear fiscalYear, @PathVariable String entryId) {
        return RosterView.of(appointments.restoreProposedReason(fiscalYear, entryId));
    }

    @PostMapping("/adoption")
    @PreAuthorize("hasRole('SECRETARIAT')")
    RosterView adopt(@PathVariable FiscalYear fiscalYear) {
        return RosterView.of(appointments.adopt(fiscalYear));
    }

    private static String path(FiscalYear year) {
        return "/api/officer-rosters/" + year.startYear();
    }
}
