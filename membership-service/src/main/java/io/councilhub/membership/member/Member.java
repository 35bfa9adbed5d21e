package io.councilhub.membership.member;

import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.membership.MemberAdmitted;
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
    private LocalDate nameSince;
    private List<FormerName> formerNames = new ArrayList<>();
    private String localGovernmentCode;
    private String address;
    private LocalDate admittedOn;
    private LocalDate withdrawnOn;
    private String withdrawalReason;

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
        Member member = new Member();
        member.id = UUID.randomUUID().toString();
        member.name = requireText(name, "name");
        member.nameKana = kana(nameKana);
        member.sortKey = sortKey(member.name, member.nameKana);
        member.category = Objects.requireNonNull(category, "category");
        member.admittedOn = Objects.requireNonNull(admittedOn, "admittedOn");
        member.nameSince = admittedOn;
        if (code != null && category != MemberCategory.PREFECTURE && category != MemberCategory.MUNICIPALITY) {
            throw new InvalidFieldException("localGovernmentCode", "only a prefecture or a municipality has one");
        }
        member.localGovernmentCode = code == null ? null : code.value();
        member.address = address == null || address.isBlank() ? null : address.strip();
        member.status = MemberStatus.ACTIVE;
        member.record(new MemberAdmitted(member.id, member.name, category, admittedOn));
        return member;
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
}
