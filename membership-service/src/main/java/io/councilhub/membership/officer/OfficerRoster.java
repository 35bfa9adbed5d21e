package io.councilhub.membership.officer;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 役員・幹事名簿: the council's officers for one fiscal year ({@code roster-2022}). A draft starts from last
 * year's roster, whose lines it keeps to propose each entry's change reason (see {@link ReasonProposal});
 * the secretariat edits it, and it is adopted once, by the secretariat or by the assembly's approval of the
 * election proposal, which publishes {@link OfficerRosterAdopted}. An adopted roster does not change.
 * An officer whose organisation has withdrawn is flagged, and a roster with a flagged entry is not adopted.
 */
@Document("officerRosters")
public class OfficerRoster extends OutboxAggregate {

    private static final Comparator<OfficerEntry> PRINTED_ORDER = Comparator.comparing(OfficerEntry::role);

    @Id
    private String id;
    private int fiscalYear;
    private RosterStatus status;
    private String basedOn;
    private List<PriorAppointment> lastYear = new ArrayList<>();
    private List<OfficerEntry> entries = new ArrayList<>();
    private LocalDate adoptedOn;
    private String adoptedByProposal;

    private OfficerRoster() {
    }

    /** The id of the roster of {@code year}: {@code roster-2022}. */
    public static String idOf(FiscalYear year) {
        return "roster-" + year.startYear();
    }

    /**
     * A draft for {@code year} that starts with a copy of {@code previous} (last year's roster; null where
     * there is none, and every entry will be new).
     */
    public static OfficerRoster draft(FiscalYear year, OfficerRoster previous) {
        OfficerRoster roster = new OfficerRoster();
        roster.id = idOf(year);
        roster.fiscalYear = year.startYear();
        roster.status = RosterStatus.DRAFT;
        if (previous != null) {
            if (previous.fiscalYear != year.startYear() - 1) {
                throw new IllegalArgumentException(previous.id + " is not the roster of the year before " + year);
            }
            roster.basedOn = previous.id;
            roster.lastYear = previous.entries.stream().map(PriorAppointment::of).collect(Collectors.toCollection(ArrayList::new));
            previous.entries.forEach(entry -> roster.entries.add(OfficerEntry.of(newEntryId(), entry.appointment())));
        }
        roster.propose();
        return roster;
    }

    /** Appoints one more officer; returns the new entry. */
    public OfficerEntry appoint(Appointment appointment) {
        requireDraft();
        requireOrganisation(appointment, "organisation");
        if (appointment.role().singleHolder()) {
            entries.stream().filter(entry -> entry.role() == appointment.role()).findFirst().ifPresent(holder -> {
                throw new RuleViolationException("role-already-held", appointment.role().label() + " is held by "
                        + holder.personName() + " (" + holder.organisation() + "); replace that entry instead");
            });
        }
        OfficerEntry entry = OfficerEntry.of(newEntryId(), appointment);
        entries.add(entry);
        tidy();
        return entry(entry.id());
    }

    /** Changes who holds entry {@code entryId}, or its role or details; an overridden reason stays. */
    public OfficerEntry reappoint(String entryId, Appointment appointment) {
        requireDraft();
        requireOrganisation(appointment, "organisation");
        OfficerEntry current = entry(entryId);
        if (appointment.role().singleHolder()) {
            entries.stream().filter(entry -> entry.role() == appointment.role() && !entry.id().equals(entryId))
                    .findFirst().ifPresent(holder -> {
                        throw new RuleViolationException("role-already-held", appointment.role().label()
                                + " is held by " + holder.personName() + " (" + holder.organisation() + ")");
                    });
        }
        replace(current.reappointed(appointment));
        tidy();
        return entry(entryId);
    }

    /**
     * Replaces the whole list: a change with the id of an entry updates that entry (keeping an overridden
     * reason unless it gives one), one without an id appoints a new officer, and entries the list leaves
     * out are removed. A change that gives a reason overrides the proposal.
     */
    public void replaceEntries(List<EntryChange> changes) {
        requireDraft();
        Set<String> seen = new HashSet<>();
        List<OfficerEntry> replaced = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            EntryChange change = changes.get(i);
            String field = "entries[" + i + "]";
            requireOrganisation(change.appointment(), field + ".organisation");
            OfficerEntry entry;
            if (change.id() == null) {
                entry = OfficerEntry.of(newEntryId(), change.appointment());
            } else {
                if (!seen.add(change.id())) {
                    throw new InvalidFieldException(field + ".id", "names an entry an earlier item names too");
                }
                entry = entries.stream().filter(existing -> existing.id().equals(change.id())).findFirst()
                        .orElseThrow(() -> new InvalidFieldException(field + ".id", "no entry " + change.id() + " on this roster"))
                        .reappointed(change.appointment());
            }
            if (change.reason() != null) {
                entry = entry.overridden(change.reason());
            }
            for (int j = 0; j < replaced.size(); j++) {
                if (entry.role().singleHolder() && replaced.get(j).role() == entry.role()) {
                    throw new InvalidFieldException(field + ".role", entry.role().label() + " is held by one officer only; entries["
                            + j + "] holds it already");
                }
            }
            replaced.add(entry);
        }
        entries = replaced;
        tidy();
    }

    /** Takes entry {@code entryId} off the draft. */
    public void dismiss(String entryId) {
        requireDraft();
        entries.remove(entry(entryId));
        tidy();
    }

    /** Staff set the reason of entry {@code entryId}; later proposals leave it as set. */
    public OfficerEntry overrideReason(String entryId, ChangeReason reason) {
        requireDraft();
        Objects.requireNonNull(reason, "reason");
        replace(entry(entryId).overridden(reason));
        return entry(entryId);
    }

    /** Drops the override of entry {@code entryId}: the proposed reason applies again. */
    public OfficerEntry restoreProposedReason(String entryId) {
        requireDraft();
        replace(entry(entryId).proposalRestored());
        return entry(entryId);
    }

    /**
     * Flags the entries of the members in {@code withdrawnMemberIds} (and unflags the others). An adopted
     * roster is history and stays as adopted.
     */
    public void flagWithdrawnMembers(Set<String> withdrawnMemberIds) {
        if (status != RosterStatus.DRAFT) {
            return;
        }
        entries = entries.stream().map(entry -> entry.withdrawn(withdrawnMemberIds.contains(entry.memberId())))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Adoption by the secretariat (委嘱) on {@code on}; a roster is adopted once. */
    public void adopt(LocalDate on) {
        if (status == RosterStatus.ADOPTED) {
            throw new RuleViolationException("roster-already-adopted", label() + " was adopted on " + adoptedOn);
        }
        adopt(on, null);
    }

    /**
     * Adoption by the approval of election proposal {@code proposalId}, decided on {@code decidedOn}.
     *
     * @return false, changing nothing, if the roster was adopted already (a repeated or second approval)
     */
    public boolean adoptByProposal(String proposalId, LocalDate decidedOn) {
        if (status == RosterStatus.ADOPTED) {
            return false;
        }
        adopt(decidedOn, Objects.requireNonNull(proposalId, "proposalId"));
        return true;
    }

    private void adopt(LocalDate on, String proposalId) {
        List<OfficerEntry> flagged = entries.stream().filter(OfficerEntry::memberWithdrawn).toList();
        if (!flagged.isEmpty()) {
            throw new RuleViolationException("roster-has-withdrawn-members", label() + ": "
                    + flagged.stream().map(entry -> entry.organisation() + " " + entry.personName())
                    .collect(Collectors.joining(", ")) + " belong to withdrawn members; remove or replace them first");
        }
        if (entries.isEmpty()) {
            throw new RuleViolationException("roster-empty", label() + " has no officers");
        }
        status = RosterStatus.ADOPTED;
        adoptedOn = Objects.requireNonNull(on, "on");
        adoptedByProposal = proposalId;
        record(new OfficerRosterAdopted(id, fiscalYear, entries.stream()
                .map(entry -> new OfficerRosterAdopted.Officer(entry.memberId(), entry.role().name(), entry.department(),
                        entry.title(), entry.personName(), entry.reason().name()))
                .toList()));
    }

    private void requireDraft() {
        if (status != RosterStatus.DRAFT) {
            throw new RuleViolationException("roster-adopted", label() + " was adopted on " + adoptedOn + " and cannot change");
        }
    }

    private static void requireOrganisation(Appointment appointment, String field) {
        if (appointment.organisation() == null) {
            throw new InvalidFieldException(field, "must not be blank");
        }
    }

    private void replace(OfficerEntry changed) {
        entries.replaceAll(entry -> entry.id().equals(changed.id()) ? changed : entry);
    }

    /** Printed order (by role, stable), then each entry's proposal against last year. */
    private void tidy() {
        entries.sort(PRINTED_ORDER);
        propose();
    }

    private void propose() {
        List<OfficerEntry> current = List.copyOf(entries);
        entries.replaceAll(entry -> entry.proposed(ReasonProposal.propose(entry, lastYear, current)));
    }

    private static String newEntryId() {
        return UUID.randomUUID().toString();
    }

    private String label() {
        return "the officer roster of " + FiscalYear.of(fiscalYear).label();
    }

    public OfficerEntry entry(String entryId) {
        return entries.stream().filter(entry -> entry.id().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("roster entry", entryId));
    }

    public String id() {
        return id;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public RosterStatus status() {
        return status;
    }

    /** The id of last year's roster this draft started from, or null. */
    public String basedOn() {
        return basedOn;
    }

    public List<PriorAppointment> lastYear() {
        return List.copyOf(lastYear);
    }

    /** The entries in printed order: by role (会長 .. 監事), then as entered. */
    public List<OfficerEntry> entries() {
        return List.copyOf(entries);
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    /** The election proposal whose approval adopted the roster, or null (adopted by the secretariat, or not yet). */
    public String adoptedByProposal() {
        return adoptedByProposal;
    }

    /** One item of {@link #replaceEntries}: an existing entry's id or null for a new one, and an optional reason. */
    public record EntryChange(String id, Appointment appointment, ChangeReason reason) {
    }
}
