package io.councilhub.membership.officer;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 役員・幹事の委嘱: drafts each year's officer roster from last year's, lets the secretariat edit it, and
 * adopts it, by the secretariat or when the assembly approves the election proposal. Every command
 * first flags the officers of members that have withdrawn since, so a draft never hides one.
 */
@Service
public class OfficerAppointments {

    private static final Logger log = LoggerFactory.getLogger(OfficerAppointments.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final OfficerRosters rosters;
    private final Members members;

    OfficerAppointments(OfficerRosters rosters, Members members) {
        this.rosters = rosters;
        this.members = members;
    }

    /** The roster of {@code year}; a draft shows the withdrawals up to now. */
    public OfficerRoster get(FiscalYear year) {
        OfficerRoster roster = find(year);
        flagWithdrawals(roster);
        return roster;
    }

    /** Starts the draft of {@code year} from last year's roster (an empty one if there is none). */
    public OfficerRoster startDraft(FiscalYear year) {
        if (rosters.existsById(OfficerRoster.idOf(year))) {
            throw new RuleViolationException("roster-exists", "the officer roster of " + year.label() + " exists already");
        }
        OfficerRoster roster = OfficerRoster.draft(year, rosters.findById(OfficerRoster.idOf(year.previous())).orElse(null));
        flagWithdrawals(roster);
        return rosters.insert(roster);
    }

    public OfficerEntry appoint(FiscalYear year, Appointment appointment) {
        OfficerRoster roster = find(year);
        OfficerEntry entry = roster.appoint(printed(appointment, "memberId"));
        return saved(roster).entry(entry.id());
    }

    public OfficerRoster reappoint(FiscalYear year, String entryId, Appointment appointment) {
        OfficerRoster roster = find(year);
        roster.reappoint(entryId, printed(appointment, "memberId"));
        return saved(roster);
    }

    public OfficerRoster replaceEntries(FiscalYear year, List<OfficerRoster.EntryChange> changes) {
        OfficerRoster roster = find(year);
        List<OfficerRoster.EntryChange> printed = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            OfficerRoster.EntryChange change = changes.get(i);
            printed.add(new OfficerRoster.EntryChange(change.id(),
                    printed(change.appointment(), "entries[" + i + "].memberId"), change.reason()));
        }
        roster.replaceEntries(printed);
        return saved(roster);
    }

    public OfficerRoster dismiss(FiscalYear year, String entryId) {
        OfficerRoster roster = find(year);
        roster.dismiss(entryId);
        return saved(roster);
    }

    public OfficerRoster overrideReason(FiscalYear year, String entryId, ChangeReason reason) {
        OfficerRoster roster = find(year);
        roster.overrideReason(entryId, reason);
        return saved(roster);
    }

    public OfficerRoster restoreProposedReason(FiscalYear year, String entryId) {
        OfficerRoster roster = find(year);
        roster.restoreProposedReason(entryId);
        return saved(roster);
    }

    /** Adoption by the secretariat, dated today (Tokyo). */
    public OfficerRoster adopt(FiscalYear year) {
        OfficerRoster roster = find(year);
        flagWithdrawals(roster);
        roster.adopt(LocalDate.now(TOKYO));
        return rosters.save(roster);
    }

    /**
     * Adoption because the assembly approved election proposal {@code proposalId}. A roster adopted
     * already (this approval delivered again, or another one) stays as it is and nothing is published.
     * No roster for the year, or one with a withdrawn member's officer, fails: the binder retries and
     * then dead-letters the event, to be replayed once the secretariat has fixed the roster.
     *
     * @return whether this call adopted the roster
     */
    public boolean adoptByProposal(FiscalYear year, String proposalId, LocalDate decidedOn) {
        OfficerRoster roster = find(year);
        flagWithdrawals(roster);
        if (!roster.adoptByProposal(proposalId, decidedOn)) {
            log.info("{} adopted already; approval of proposal {} changes nothing", roster.id(), proposalId);
            return false;
        }
        rosters.save(roster);
        return true;
    }

    private OfficerRoster find(FiscalYear year) {
        return rosters.findById(OfficerRoster.idOf(year))
                .orElseThrow(() -> new NotFoundException("officer roster of", year.label()));
    }

    private OfficerRoster saved(OfficerRoster roster) {
        flagWithdrawals(roster);
        return rosters.save(roster);
    }

    /** The appointment with its member checked and, where none was given, the member's name as the organisation. */
    private Appointment printed(Appointment appointment, String memberField) {
        Member member = members.findById(appointment.memberId())
                .orElseThrow(() -> new InvalidFieldException(memberField, "no member organisation " + appointment.memberId()));
        return appointment.printedAs(member.name());
    }

    private void flagWithdrawals(OfficerRoster roster) {
        Set<String> ids = roster.entries().stream().map(OfficerEntry::memberId).collect(Collectors.toSet());
        roster.flagWithdrawnMembers(members.findAllById(ids).stream()
                .filter(member -> member.status() == MemberStatus.WITHDRAWN)
                .map(member -> member.id().value()).collect(Collectors.toSet()));
    }
}
