package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One address on one list: who it is (name, organisation, department), the language they read and
 * where their consent stands. Unique per (list, address). Entries of the member lists name the member
 * they came from, so the roll's events can replace or drop them.
 */
@Document("subscribers")
@CompoundIndex(name = "list_address", def = "{'list': 1, 'address': 1}", unique = true)
@CompoundIndex(name = "list_status_position", def = "{'list': 1, 'status': 1, 'position': 1}")
public class Subscriber {

    @Id
    private String id;
    @Version
    private Long version;
    private MailingList list;
    private String email;
    /** The address lower-cased: the key that makes an address unique on a list. */
    private String address;
    private String name;
    private String organisation;
    private String department;
    private Language language;
    private SubscriberStatus status;
    /** Order of registration (the 配信先一覧's No.), for listing and export. */
    private long position;
    @Indexed
    private String memberId;
    private Source source;
    private Instant registeredAt;
    private Instant confirmedAt;
    private Instant leftAt;

    /** How an entry came onto its list. */
    public enum Source { SIGNUP, IMPORT, MEMBER_CONTACTS, OFFICER_ROSTER, SECRETARIAT }

    private Subscriber() {
    }

    private Subscriber(MailingList list, Email email, Person person, long position, Source source, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.list = Objects.requireNonNull(list, "list");
        this.email = email.value();
        this.address = key(email);
        this.position = position;
        this.source = source;
        this.registeredAt = now;
        describe(person);
    }

    /** 購読申込: a public signup, PENDING until the address confirms. */
    public static Subscriber signUp(MailingList list, Email email, Person person, long position, Instant now) {
        Subscriber subscriber = new Subscriber(list, email, person, position, Source.SIGNUP, now);
        subscriber.status = SubscriberStatus.PENDING;
        return subscriber;
    }

    /**
     * An entry the council already has consent for (an imported distribution list, the secretariat
     * adding someone, a member contact): ACTIVE at once.
     */
    public static Subscriber enrol(MailingList list, Email email, Person person, long position, Source source,
                                   String memberId, Instant now) {
        Subscriber subscriber = new Subscriber(list, email, person, position, source, now);
        subscriber.status = SubscriberStatus.ACTIVE;
        subscriber.confirmedAt = now;
        subscriber.memberId = memberId;
        return subscriber;
    }

    /** The address proved it wants the list (double opt-in). Confirming twice is harmless. */
    public void confirm(Instant now) {
        if (status == SubscriberStatus.ACTIVE) {
            return;
        }
        if (status != SubscriberStatus.PENDING) {
            throw new RuleViolationException("subscription-not-pending", "この購読は確認待ちではありません。");
        }
        status = SubscriberStatus.ACTIVE;
        confirmedAt = now;
    }

    /** 配信停止. Unsubscribing twice is harmless. Returns whether anything changed. */
    public boolean unsubscribe(Instant now) {
        if (status == SubscriberStatus.UNSUBSCRIBED || status == SubscriberStatus.SUPPRESSED) {
            return false;
        }
        status = SubscriberStatus.UNSUBSCRIBED;
        leftAt = now;
        return true;
    }

    /** The address is on the suppression list: it receives nothing from any list. */
    public boolean suppress(Instant now) {
        if (status == SubscriberStatus.SUPPRESSED) {
            return false;
        }
        status = SubscriberStatus.SUPPRESSED;
        leftAt = now;
        return true;
    }

    /** A new signup for an address that had left (or never confirmed): PENDING again. */
    public void signUpAgain(Person person, Instant now) {
        if (status == SubscriberStatus.SUPPRESSED) {
            throw new RuleViolationException("address-suppressed", "このアドレスには配信できません。");
        }
        if (status == SubscriberStatus.ACTIVE) {
            return;
        }
        describe(person);
        status = SubscriberStatus.PENDING;
        registeredAt = now;
        leftAt = null;
    }

    /** The person's details changed (a re-import, the member's contacts): returns whether anything changed. */
    public boolean describe(Person person) {
        Person before = person();
        name = person.name();
        organisation = person.organisation();
        department = person.department();
        language = person.language();
        return !before.equals(person());
    }

    /** The entry now stands for this member's contact (an address moved between members). Returns whether it changed. */
    boolean belongTo(String memberId) {
        if (Objects.equals(this.memberId, memberId)) {
            return false;
        }
        this.memberId = memberId;
        return true;
    }

    public Person person() {
        return new Person(name, organisation, department, language);
    }

    public Recipient recipient() {
        return new Recipient(id, list, Email.of(email), name, language);
    }

    static String key(Email email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    public boolean active() {
        return status == SubscriberStatus.ACTIVE;
    }

    public String id() { return id; }
    public MailingList list() { return list; }
    public Email email() { return Email.of(email); }
    public String name() { return name; }
    public String organisation() { return organisation; }
    public String department() { return department; }
    public Language language() { return language; }
    public SubscriberStatus status() { return status; }
    public long position() { return position; }
    public String memberId() { return memberId; }
    public Source source() { return source; }
    public Instant registeredAt() { return registeredAt; }
    public Instant confirmedAt() { return confirmedAt; }
    public Instant leftAt() { return leftAt; }

    /** Who is behind an address: name, organisation and department (all optional) and language. */
    public record Person(String name, String organisation, String department, Language language) {
        public Person {
            name = blankToNull(name);
            organisation = blankToNull(organisation);
            department = blankToNull(department);
            language = language == null ? Language.JA : language;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
