package io.councilhub.notification.member;

import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps what membership's events say about member organisations and officers, and answers who to
 * write to: a member's contacts by role, and the officers' addresses.
 * <p>
 * Officers' addresses: the roster names officers but carries no e-mail, so an officer is reached
 * through the PRIMARY contacts of the organisation they come from. If one of those contacts has the
 * officer's name (compared without spaces), only that contact; otherwise every PRIMARY contact of
 * the organisation. An organisation without a PRIMARY contact with an address is not reached.
 * Every handler replaces state wholesale, so applying an event twice leaves the same state.
 */
@Component
public class MemberDirectory {

    private final MemberRecords members;
    private final OfficerRecords officers;

    MemberDirectory(MemberRecords members, OfficerRecords officers) {
        this.members = members;
        this.officers = officers;
    }

    public void on(MemberAdmitted admitted, String eventId) {
        MemberRecord record = members.findById(admitted.memberId()).orElseGet(() -> MemberRecord.of(admitted.memberId()));
        record.admitted(admitted.name(), admitted.admittedOn(), eventId);
        members.save(record);
    }

    /** Replaces the member's contacts; returns the member as it is now. */
    public MemberRecord on(MemberContactsChanged changed) {
        MemberRecord record = members.findById(changed.memberId()).orElseGet(() -> MemberRecord.of(changed.memberId()));
        record.contactsChanged(changed.contacts().stream()
                .map(contact -> new MemberContact(contact.contactId(), contact.name(), contact.department(),
                        contact.title(), contact.email(), contact.roles()))
                .toList());
        return members.save(record);
    }

    public MemberRecord on(MemberWithdrawn withdrawn) {
        MemberRecord record = members.findById(withdrawn.memberId()).orElseGet(() -> MemberRecord.of(withdrawn.memberId()));
        record.withdrawn(withdrawn.name(), withdrawn.withdrawnOn());
        return members.save(record);
    }

    /** Keeps the roster unless a later fiscal year's roster is already kept. Returns whether it is now current. */
    public boolean on(OfficerRosterAdopted adopted) {
        Optional<OfficerRecord> current = officers.findById(OfficerRecord.CURRENT);
        if (current.isPresent() && current.get().fiscalYear() > adopted.fiscalYear()) {
            return false;
        }
        officers.save(new OfficerRecord(adopted.rosterId(), adopted.fiscalYear(), adopted.officers().stream()
                .map(officer -> new OfficerRecord.Officer(officer.memberId(), officer.role(), officer.personName()))
                .toList()));
        return true;
    }

    /** The welcome mail went out: no later contacts change sends it again. */
    public void welcomed(String memberId) {
        members.findById(memberId).ifPresent(record -> {
            record.welcomed();
            members.save(record);
        });
    }

    public Optional<MemberRecord> member(String memberId) {
        return members.findById(memberId);
    }

    /** The member's contacts with an address and {@code role}; none if the member is unknown or withdrawn. */
    public List<MemberContact> contacts(String memberId, ContactRole role) {
        return members.findById(memberId).filter(record -> !record.isWithdrawn())
                .map(record -> record.contacts(role)).orElse(List.of());
    }

    /** The adopted roster, if one was adopted. */
    public Optional<OfficerRecord> officerRoster() {
        return officers.findById(OfficerRecord.CURRENT);
    }

    /** Whether the member's organisation has an officer on the current roster. */
    public boolean hasOfficer(String memberId) {
        return officerRoster().map(roster -> roster.officers().stream().anyMatch(o -> memberId.equals(o.memberId())))
                .orElse(false);
    }

    /** The addresses that reach the officers of the current roster (see the class comment for the rule). */
    public List<OfficerContact> officerContacts() {
        List<OfficerContact> reached = new ArrayList<>();
        officerRoster().ifPresent(roster -> {
            for (OfficerRecord.Officer officer : roster.officers()) {
                Optional<MemberRecord> member = members.findById(officer.memberId()).filter(m -> !m.isWithdrawn());
                if (member.isEmpty()) {
                    continue;
                }
                List<MemberContact> primaries = member.get().contacts(ContactRole.PRIMARY);
                List<MemberContact> named = primaries.stream()
                        .filter(contact -> sameName(contact.name(), officer.personName())).toList();
                for (MemberContact contact : named.isEmpty() ? primaries : named) {
                    reached.add(new OfficerContact(officer.memberId(), member.get().name(), officer.role(), contact));
                }
            }
        });
        return reached;
    }

    /** An address that reaches an officer: the organisation, the officer's role and the contact person. */
    public record OfficerContact(String memberId, String organisation, String role, MemberContact contact) {
    }

    static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return squeeze(a).equals(squeeze(b));
    }

    private static String squeeze(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
