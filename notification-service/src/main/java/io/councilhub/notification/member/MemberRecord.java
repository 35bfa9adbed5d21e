package io.councilhub.notification.member;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One member organisation as notification-service knows it: its name, whether it is active, and its
 * contacts (replaced whole by each MemberContactsChanged). {@code welcomeEventId} is the MemberAdmitted
 * event whose welcome mail still waits for the member's contacts.
 */
@Document("members")
public class MemberRecord {

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    private boolean withdrawn;
    private LocalDate admittedOn;
    private LocalDate withdrawnOn;
    private String welcomeEventId;
    private boolean welcomed;
    private boolean contactsKnown;
    private List<MemberContact> contacts = new ArrayList<>();

    private MemberRecord() {
    }

    static MemberRecord of(String memberId) {
        MemberRecord record = new MemberRecord();
        record.id = memberId;
        return record;
    }

    void admitted(String name, LocalDate on, String eventId) {
        if (name != null) {
            this.name = name;
        }
        this.admittedOn = on;
        this.withdrawn = false;
        this.withdrawnOn = null;
        if (!welcomed) {
            this.welcomeEventId = eventId;
        }
    }

    void contactsChanged(List<MemberContact> contacts) {
        this.contacts = new ArrayList<>(contacts);
        this.contactsKnown = true;
    }

    void withdrawn(String name, LocalDate on) {
        if (name != null) {
            this.name = name;
        }
        this.withdrawn = true;
        this.withdrawnOn = on;
    }

    void welcomed() {
        this.welcomed = true;
        this.welcomeEventId = null;
    }

    public String id() { return id; }
    public String name() { return name; }
    public boolean isWithdrawn() { return withdrawn; }
    public LocalDate admittedOn() { return admittedOn; }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public List<MemberContact> contacts() { return List.copyOf(contacts); }
    public boolean contactsKnown() { return contactsKnown; }

    /** The MemberAdmitted event whose welcome waits, if the member was admitted and not yet welcomed. */
    public String pendingWelcome() {
        return welcomed ? null : welcomeEventId;
    }

    /** This member's contacts with {@code role} that have an e-mail address. */
    public List<MemberContact> contacts(ContactRole role) {
        return contacts.stream().filter(contact -> contact.has(role) && contact.hasEmail()).toList();
    }
}
