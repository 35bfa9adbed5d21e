package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import io.councilhub.contracts.subcommittees.SubcommitteeDissolved;
import io.councilhub.contracts.subcommittees.SubcommitteeEstablished;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A subcommittee (部会) or working group (ワーキンググループ) of the council: its names over time, purpose,
 * representative organisation, administrative and accounting contact, participants and period of establishment.
 * Established directly by the secretariat, or proposed and then established by a meeting's approval; renamed
 * keeping its former names; it needs a new representative when the representative's organisation withdraws;
 * dissolved, it stays on record. Every change that other contexts care about records its event.
 */
@Document("subcommittees")
public class Subcommittee extends OutboxAggregate {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final String WITHDRAWAL = "退会";
    static final String REPLACED = "交代";

    @Id
    private String id;
    private SubcommitteeKind kind;
    @Indexed
    private SubcommitteeStatus status;
    private List<NameInForce> names = new ArrayList<>();
    private LocalDate establishedOn;
    private Establishment establishment;
    private String purpose;
    @Indexed
    private String representativeMemberId;
    private Representative representative;
    private List<FormerRepresentative> formerRepresentatives = new ArrayList<>();
    private AdministrativeContact contact;
    @Indexed
    private List<String> participantMemberIds = new ArrayList<>();
    private List<Participant> participants = new ArrayList<>();
    private EstablishmentPeriod period;
    private LocalDate dissolvedOn;
    private String dissolutionReason;

    private Subcommittee() {
    }

    /** 設置: the secretariat establishes a subcommittee or working group on {@code establishedOn}. */
    public static Subcommittee establish(String id, SubcommitteeKind kind, String name, LocalDate establishedOn,
                                         String purpose, Representative representative, AdministrativeContact contact,
                                         EstablishmentPeriod period) {
        Subcommittee subcommittee = draft(id, kind, name, establishedOn, purpose, representative, contact, period);
        subcommittee.becomeEstablished(Establishment.bySecretariat(establishedOn));
        return subcommittee;
    }

    /**
     * 設置案: a subcommittee proposed to a meeting; a {@code ProposalApproved} of kind SUBCOMMITTEE_ESTABLISHMENT
     * naming its id establishes it on the decision's date ({@link #establishByProposal}).
     */
    public static Subcommittee propose(String id, SubcommitteeKind kind, String name, String purpose,
                                       Representative representative, AdministrativeContact contact,
                                       EstablishmentPeriod period) {
        Subcommittee subcommittee = draft(id, kind, name, null, purpose, representative, contact, period);
        subcommittee.status = SubcommitteeStatus.PROPOSED;
        return subcommittee;
    }

    private static Subcommittee draft(String id, SubcommitteeKind kind, String name, LocalDate establishedOn,
                                      String purpose, Representative representative, AdministrativeContact contact,
                                      EstablishmentPeriod period) {
        Subcommittee subcommittee = new Subcommittee();
        subcommittee.id = id == null || id.isBlank() ? "sc-" + UUID.randomUUID() : validId(id.strip());
        subcommittee.kind = Objects.requireNonNull(kind, "kind");
        subcommittee.names.add(new NameInForce(requireText(name, "name"), establishedOn, null));
        subcommittee.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        subcommittee.representative = Objects.requireNonNull(representative, "representative");
        subcommittee.representativeMemberId = representative.memberId();
        subcommittee.contact = contact;
        subcommittee.period = period;
        return subcommittee;
    }

    /**
     * 設置 by a meeting's decision: a proposed subcommittee becomes established on {@code decidedOn}. Returns false
     * and changes nothing if it is not a proposal any more (a repeated approval, or one established otherwise).
     */
    public boolean establishByProposal(String proposalId, LocalDate decidedOn) {
        if (status != SubcommitteeStatus.PROPOSED) {
            return false;
        }
        NameInForce first = names.get(0);
        names.set(0, new NameInForce(first.name(), decidedOn, first.until()));
        becomeEstablished(Establishment.byProposal(decidedOn, proposalId));
        return true;
    }

    private void becomeEstablished(Establishment how) {
        establishedOn = Objects.requireNonNull(how.on(), "establishedOn");
        establishment = how;
        status = representative == null ? SubcommitteeStatus.NEEDS_REPRESENTATIVE : SubcommitteeStatus.ACTIVE;
        record(new SubcommitteeEstablished(id, name(), kind.name(), establishedOn,
                representative == null ? null : representative.memberId()));
    }

    /** 名称変更: takes {@code newName} from {@code effectiveOn}; the current name stays in the history until the day before. */
    public void rename(String newName, LocalDate effectiveOn) {
        requireNotDissolved();
        String renamed = requireText(newName, "name");
        if (renamed.equals(name())) {
            throw new InvalidFieldException("name", "is the current name already");
        }
        NameInForce current = names.get(names.size() - 1);
        if (current.from() != null && !effectiveOn.isAfter(current.from())) {
            throw new InvalidFieldException("effectiveOn", "must be after " + current.from() + ", when the current name took effect");
        }
        names.set(names.size() - 1, new NameInForce(current.name(), current.from(), effectiveOn.minusDays(1)));
        names.add(new NameInForce(renamed, effectiveOn, null));
    }

    /**
     * 代表者の変更: {@code newRepresentative} represents the subcommittee from {@code effectiveOn}; the previous one
     * (if any) goes to the history. A subcommittee that needed a representative becomes ACTIVE again.
     */
    public void changeRepresentative(Representative newRepresentative, LocalDate effectiveOn) {
        requireNotDissolved();
        Objects.requireNonNull(newRepresentative, "representative");
        if (representative != null) {
            if (representative.equals(newRepresentative)) {
                throw new InvalidFieldException("representative", "is the current representative already");
            }
            formerRepresentatives.add(new FormerRepresentative(representative, effectiveOn.minusDays(1), REPLACED));
        }
        representative = newRepresentative;
        representativeMemberId = newRepresentative.memberId();
        if (status == SubcommitteeStatus.NEEDS_REPRESENTATIVE) {
            status = SubcommitteeStatus.ACTIVE;
        }
    }

    /** 庶務・会計担当者: replaces the administrative and accounting contact ({@code null} removes it). */
    public void changeContact(AdministrativeContact newContact) {
        requireNotDissolved();
        contact = newContact;
    }

    /**
     * 参加者の追加: a member organisation (with the person taking part for it, if named) or, only in a working group and only with the chair's
     * approval recorded, for a non-member ({@code memberId} null).
     */
    public Participant addParticipant(String memberId, String organisation, String person, String role,
                                      LocalDate joinedOn, ChairApproval approval) {
        requireNotDissolved();
        String member = memberId == null || memberId.isBlank() ? null : memberId.strip();
        if (member == null) {
            if (kind != SubcommitteeKind.WORKING_GROUP) {
                throw new RuleViolationException("non-members-only-in-working-groups",
                        name() + " is a " + kind.label() + "; only a working group admits non-members");
            }
            if (approval == null) {
                throw new InvalidFieldException("approval", "a non-member takes part only with the chair's approval (approvedBy, approvedOn)");
            }
        } else if (approval != null) {
            throw new InvalidFieldException("approval", "only a non-member needs the chair's approval");
        }
        Participant participant = new Participant(UUID.randomUUID().toString(), member,
                requireText(organisation, "organisation"), person == null || person.isBlank() ? null : person.strip(),
                role == null || role.isBlank() ? null : role.strip(), joinedOn, null, null, approval);
        participants.add(participant);
        indexParticipants();
        return participant;
    }

    /** 参加者の離脱: the participant leaves on {@code leftOn}; the entry stays with that date. */
    public void removeParticipant(String participantId, LocalDate leftOn, String reason) {
        requireNotDissolved();
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            if (participant.id().equals(participantId)) {
                if (!participant.isCurrent()) {
                    throw new RuleViolationException("participant-already-left",
                            "the participant left on " + participant.leftOn() + " already");
                }
                if (participant.joinedOn() != null && leftOn.isBefore(participant.joinedOn())) {
                    throw new InvalidFieldException("leftOn", "must not be before joining on " + participant.joinedOn());
                }
                participants.set(i, participant.leave(leftOn, reason));
                indexParticipants();
                return;
            }
        }
        throw new NotFoundException("participant", participantId);
    }

    /**
     * 会員の退会: the organisation's participants leave on {@code withdrawnOn} (history kept); if it represented the
     * subcommittee, the subcommittee needs a new representative and RepresentativeLost is recorded. Returns whether
     * anything changed: a second delivery of the same withdrawal changes nothing, nor does it touch a dissolved
     * subcommittee.
     */
    public boolean memberWithdrew(String memberId, LocalDate withdrawnOn) {
        if (status == SubcommitteeStatus.DISSOLVED) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            if (participant.isCurrent() && memberId.equals(participant.memberId())) {
                participants.set(i, participant.leave(withdrawnOn, WITHDRAWAL));
                changed = true;
            }
        }
        indexParticipants();
        if (representative != null && memberId.equals(representative.memberId())) {
            formerRepresentatives.add(new FormerRepresentative(representative, withdrawnOn, WITHDRAWAL));
            representative = null;
            representativeMemberId = null;
            if (status == SubcommitteeStatus.ACTIVE) {
                status = SubcommitteeStatus.NEEDS_REPRESENTATIVE;
                record(new RepresentativeLost(id, name(), memberId, withdrawnOn));
            }
            changed = true;
        }
        return changed;
    }

    /** 廃止: the subcommittee is dissolved on {@code on}; it stays on record. */
    public void dissolve(LocalDate on, String reason) {
        if (status == SubcommitteeStatus.DISSOLVED) {
            throw new RuleViolationException("subcommittee-already-dissolved", name() + " was dissolved on " + dissolvedOn + " already");
        }
        if (status == SubcommitteeStatus.PROPOSED) {
            throw new RuleViolationException("subcommittee-not-established", name() + " is only proposed; it was never established");
        }
        if (on.isBefore(establishedOn)) {
            throw new InvalidFieldException("dissolvedOn", "must not be before the establishment on " + establishedOn);
        }
        dissolvedOn = on;
        dissolutionReason = reason == null || reason.isBlank() ? null : reason.strip();
        status = SubcommitteeStatus.DISSOLVED;
        record(new SubcommitteeDissolved(id, name(), on, dissolutionReason));
    }

    private void requireNotDissolved() {
        if (status == SubcommitteeStatus.DISSOLVED) {
            throw new RuleViolationException("subcommittee-dissolved", name() + " was dissolved on " + dissolvedOn);
        }
    }

    private void indexParticipants() {
        participantMemberIds = participants.stream().filter(Participant::isCurrent).map(Participant::memberId)
                .filter(Objects::nonNull).distinct().toList();
    }

    private static String validId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "must be 2 to 64 lower-case letters, digits and hyphens, such as sc-dx-literacy");
        }
        return id;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return value.strip();
    }

    public String id() {
        return id;
    }

    public SubcommitteeKind kind() {
        return kind;
    }

    public SubcommitteeStatus status() {
        return status;
    }

    /** The current name. */
    public String name() {
        return names.get(names.size() - 1).name();
    }

    /**
     * The name in force in {@code year}: the one it went by on the year's last day (or on its dissolution, if that
     * came first); a year before the establishment gets the first name.
     */
    public String nameIn(FiscalYear year) {
        LocalDate day = dissolvedOn != null && dissolvedOn.isBefore(year.end()) ? dissolvedOn : year.end();
        for (int i = names.size() - 1; i >= 0; i--) {
            NameInForce name = names.get(i);
            if (name.from() == null || !day.isBefore(name.from())) {
                return name.name();
            }
        }
        return names.get(0).name();
    }

    /** Every name with its period, oldest first; the last is the current one. */
    public List<NameInForce> names() {
        return List.copyOf(names);
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public Establishment establishment() {
        return establishment;
    }

    public String purpose() {
        return purpose;
    }

    /** The representative, empty while the subcommittee needs one. */
    public Optional<Representative> representative() {
        return Optional.ofNullable(representative);
    }

    public List<FormerRepresentative> formerRepresentatives() {
        return List.copyOf(formerRepresentatives);
    }

    /** The administrative and accounting contact: personal data, see {@link #isOrganisationOf(String)}. */
    public Optional<AdministrativeContact> contact() {
        return Optional.ofNullable(contact);
    }

    /** Every participant, current and former, in the order they joined. */
    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public List<Participant> currentParticipants() {
        return participants.stream().filter(Participant::isCurrent).toList();
    }

    /** Whether the member organisation represents the subcommittee or takes part in it now. */
    public boolean isOrganisationOf(String memberId) {
        return memberId != null && (memberId.equals(representativeMemberId) || participantMemberIds.contains(memberId));
    }

    public Optional<EstablishmentPeriod> period() {
        return Optional.ofNullable(period);
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public String dissolutionReason() {
        return dissolutionReason;
    }

    @Override
    public String toString() {
        return "Subcommittee[id=" + id + ", kind=" + kind + ", name=" + name() + ", status=" + status + "]";
    }
}
