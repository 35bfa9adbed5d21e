package io.councilhub.membership.member;

import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberApplied;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberRenamed;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A member organisation of the council. Admitted on a date (active from then), withdrawn on a date
 * with a reason; a withdrawn member stays on record for past years. Every change records its event.
 */
@Document("members")
public class Member extends OutboxAggregate {

    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");

    @Id
    private String id;
    private String name;
    @Indexed
    private MemberCategory category;
    @Indexed
    private MemberStatus status;
    private String nameKana;
    @Indexed
    private String sortKey;
    /** The names and readings, current and former, normalised for search ({@link #searchKey}). */
    private String searchText;
    private LocalDate nameSince;
    private List<FormerName> formerNames = new ArrayList<>();
    private String localGovernmentCode;
    private String address;
    private LocalDate admittedOn;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private LocalDate appliedOn;
    private Decision admission;
    private Decision rejection;
    private String previousMembershipId;

    private Member() {
    }

    /** 入会: admits an organisation directly (by the secretariat), active from {@code admittedOn}. */
    public static Member admit(String name, MemberCategory category, LocalDate admittedOn) {
        return admit(name, null, category, admittedOn, null, null);
    }

    /**
     * 入会 with the organisation's details: the kana reading its name sorts by, the local-government
     * code a prefecture or municipality has, and its address.
     */
    public static Member admit(String name, String nameKana, MemberCategory category, LocalDate admittedOn,
                               LocalGovernmentCode code, String address) {
        Member member = organisation(name, nameKana, category, code, address);
        member.becomeActive(Objects.requireNonNull(admittedOn, "admittedOn"), Decision.bySecretariat(admittedOn));
        return member;
    }

    /**
     * 入会申込: an organisation applies to join. It is not a member (not on the roll, pays no dues)
     * until the application is admitted, by the secretariat or by a MEMBER_ADMISSION proposal.
     */
    public static Member apply(String name, String nameKana, MemberCategory category, LocalDate appliedOn,
                               LocalGovernmentCode code, String address) {
        Member member = organisation(name, nameKana, category, code, address);
        member.appliedOn = Objects.requireNonNull(appliedOn, "appliedOn");
        member.nameSince = appliedOn;
        member.status = MemberStatus.APPLIED;
        member.record(new MemberApplied(member.id, member.name, category, appliedOn));
        return member;
    }

    /**
     * 入会: admits this application on {@code on}, as {@code decision} decided. Admitting an application
     * that is admitted already is refused (the caller decides whether that is an error or a repeat).
     */
    public void admitApplication(LocalDate on, Decision decision) {
        if (status != MemberStatus.APPLIED) {
            throw new RuleViolationException("not-an-open-application",
                    name + " is " + status + ", not an application awaiting a decision");
        }
        if (on.isBefore(appliedOn)) {
            throw new InvalidFieldException("admittedOn", "must not be before the application on " + appliedOn);
        }
        becomeActive(on, decision);
    }

    /** 入会不承認: turns this application down; the organisation never becomes a member. */
    public void rejectApplication(Decision decision) {
        if (status != MemberStatus.APPLIED) {
            throw new RuleViolationException("not-an-open-application",
                    name + " is " + status + ", not an application awaiting a decision");
        }
        if (decision.on().isBefore(appliedOn)) {
            throw new InvalidFieldException("rejectedOn", "must not be before the application on " + appliedOn);
        }
        rejection = decision;
        status = MemberStatus.REJECTED;
    }

    /**
     * 再入会: a withdrawn organisation joins again. That is a new admission, a new member with its own
     * id and dues from {@code admittedOn}; this record keeps the old membership for past years.
     */
    public Member readmit(LocalDate admittedOn) {
        if (status != MemberStatus.WITHDRAWN) {
            throw new RuleViolationException("member-not-withdrawn", name + " is " + status + "; only a withdrawn member is admitted again");
        }
        if (!admittedOn.isAfter(withdrawnOn)) {
            throw new InvalidFieldException("admittedOn", "must be after the withdrawal on " + withdrawnOn);
        }
        Member again = organisation(name, nameKana, category,
                localGovernmentCode == null ? null : new LocalGovernmentCode(localGovernmentCode), address);
        again.previousMembershipId = id;
        again.becomeActive(admittedOn, Decision.bySecretariat(admittedOn));
        return again;
    }

    private static Member organisation(String name, String nameKana, MemberCategory category, LocalGovernmentCode code,
                                       String address) {
        Member member = new Member();
        member.id = UUID.randomUUID().toString();
        member.name = requireText(name, "name");
        member.nameKana = kana(nameKana);
        member.sortKey = sortKey(member.name, member.nameKana);
        member.searchText = member.searchText();
        member.category = Objects.requireNonNull(category, "category");
        if (code != null && category != MemberCategory.PREFECTURE && category != MemberCategory.MUNICIPALITY) {
            throw new InvalidFieldException("localGovernmentCode", "only a prefecture or a municipality has one");
        }
        member.localGovernmentCode = code == null ? null : code.value();
        member.address = address == null || address.isBlank() ? null : address.strip();
        return member;
    }

    private void becomeActive(LocalDate on, Decision decision) {
        admittedOn = on;
        if (nameSince == null) {
            nameSince = on;
        }
        admission = decision;
        status = MemberStatus.ACTIVE;
        record(new MemberAdmitted(id, name, category, on));
    }

    /**
     * Takes a new name from {@code effectiveOn}; the current one goes into the history, which past
     * years' papers print. A withdrawn member keeps the name it left under.
     */
    public void rename(String newName, String newKana, LocalDate effectiveOn) {
        if (status == MemberStatus.WITHDRAWN) {
            throw new RuleViolationException("member-withdrawn", name + " withdrew on " + withdrawnOn + "; its name stays as it was");
        }
        String renamed = requireText(newName, "name");
        if (renamed.equals(name)) {
            throw new InvalidFieldException("name", "is the current name already");
        }
        if (!effectiveOn.isAfter(nameSince)) {
            throw new InvalidFieldException("effectiveOn", "must be after " + nameSince + ", when the current name took effect");
        }
        formerNames.add(new FormerName(name, nameKana, effectiveOn.minusDays(1)));
        String previous = name;
        name = renamed;
        nameKana = kana(newKana);
        sortKey = sortKey(name, nameKana);
        searchText = searchText();
        nameSince = effectiveOn;
        record(new MemberRenamed(id, previous, name, nameKana, effectiveOn));
    }

    /**
     * Corrects the record's details without a change of name: the kana reading (and so the sort order), the
     * local-government code and the address, each replaced by the value given ({@code null} clears it). Used
     * when the secretariat fixes or completes the roll, e.g. by importing a file; it records no event, as no
     * other context keeps these details.
     *
     * @return whether anything changed
     */
    public boolean correct(String newKana, LocalGovernmentCode code, String newAddress) {
        if (code != null && category != MemberCategory.PREFECTURE && category != MemberCategory.MUNICIPALITY) {
            throw new InvalidFieldException("localGovernmentCode", "only a prefecture or a municipality has one");
        }
        String kana = kana(newKana);
        String codeValue = code == null ? null : code.value();
        String place = newAddress == null || newAddress.isBlank() ? null : newAddress.strip();
        if (Objects.equals(kana, nameKana) && Objects.equals(codeValue, localGovernmentCode)
                && Objects.equals(place, address)) {
            return false;
        }
        nameKana = kana;
        sortKey = sortKey(name, nameKana);
        searchText = searchText();
        localGovernmentCode = codeValue;
        address = place;
        return true;
    }

    /** 退会: withdraws the organisation on {@code on}; a member withdraws once. */
    public void withdraw(LocalDate on, String reason) {
        if (status == MemberStatus.WITHDRAWN) {
            throw new RuleViolationException("member-already-withdrawn",
                    name + " withdrew on " + withdrawnOn + " already");
        }
        if (status != MemberStatus.ACTIVE) {
            throw new RuleViolationException("not-a-member", name + " is " + status + ", not an active member");
        }
        if (on.isBefore(admittedOn)) {
            throw new InvalidFieldException("withdrawnOn", "must not be before the admission on " + admittedOn);
        }
        withdrawnOn = on;
        withdrawalReason = reason;
        status = MemberStatus.WITHDRAWN;
        record(new MemberWithdrawn(id, name, category, on, reason));
    }

    /**
     * What the roll sorts by: the reading in katakana (so あ and ア sort together, in the order of the
     * kana table), or the name itself where no reading was given.
     */
    static String sortKey(String name, String nameKana) {
        return nameKana == null ? name : toKatakana(nameKana).replace(" ", "").replace("　", "");
    }

    /**
     * What search compares: NFKC (full-width letters and half-width kana folded), lower case, hiragana as
     * katakana, without spaces. Both the stored text and the query go through it, so 「いちかわ」 finds イチカワ
     * and 「ＩＣＴ」 finds ict, and the match needs no case-insensitive pattern.
     */
    public static String searchKey(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return toKatakana(folded).replaceAll("\\s+", "");
    }

    /** The search text of this member: its name and reading, and every former name and reading, one per line. */
    String searchText() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        parts.add(nameKana);
        for (FormerName former : formerNames) {
            parts.add(former.name());
            parts.add(former.nameKana());
        }
        return String.join("\n", parts.stream().filter(Objects::nonNull).map(Member::searchKey).toList());
    }

    /** Hiragana to katakana, leaving everything else as it is. */
    public static String toKatakana(String text) {
        StringBuilder katakana = new StringBuilder(text.length());
        text.codePoints().forEach(c -> katakana.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return katakana.toString();
    }

    private static String kana(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String reading = value.strip();
        if (!KANA.matcher(reading).matches()) {
            throw new InvalidFieldException("nameKana", "must be written in kana (katakana or hiragana)");
        }
        return reading;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return value.strip();
    }

    public MemberId id() {
        return new MemberId(id);
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public List<FormerName> formerNames() {
        return List.copyOf(formerNames);
    }

    public String localGovernmentCode() {
        return localGovernmentCode;
    }

    public String address() {
        return address;
    }

    public MemberCategory category() {
        return category;
    }

    public MemberStatus status() {
        return status;
    }

    public LocalDate admittedOn() {
        return admittedOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    /** Who admitted the member and when: the secretariat, or the proposal a meeting approved. */
    public Decision admission() {
        return admission;
    }

    /** Who turned the application down, when and why; null unless REJECTED. */
    public Decision rejection() {
        return rejection;
    }

    /** The earlier membership of the same organisation this admission follows, if it rejoined. */
    public String previousMembershipId() {
        return previousMembershipId;
    }
}
