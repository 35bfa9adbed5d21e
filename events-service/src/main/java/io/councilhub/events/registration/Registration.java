package io.councilhub.events.registration;

import io.councilhub.chassis.domain.Email;

import java.time.Instant;

/**
 * One person's registration for a meeting, kept inside the meeting's {@link RegistrationBook}. Changes only through
 * the book, which keeps the places and the waitlist together. Only a hash of the cancellation token is kept.
 */
public class Registration {

    private String id;
    private String memberId;
    private String name;
    private String organisation;
    private OrganisationKind organisationKind;
    private String email;
    private boolean observer;
    private RegistrationStatus status;
    private Instant registeredAt;
    private Instant confirmedAt;
    private Instant cancelledAt;
    private CancellationReason cancellationReason;
    private Boolean attended;
    private String cancellationTokenHash;

    private Registration() {
    }

    Registration(String id, Registrant registrant, RegistrationStatus status, Instant at, String cancellationTokenHash) {
        this.id = id;
        this.memberId = registrant.memberId();
        this.name = registrant.name();
        this.organisation = registrant.organisation();
        this.organisationKind = registrant.organisationKind();
        this.email = registrant.email().value();
        this.observer = registrant.observer();
        this.status = status;
        this.registeredAt = at;
        this.confirmedAt = status == RegistrationStatus.CONFIRMED ? at : null;
        this.cancellationTokenHash = cancellationTokenHash;
    }

    void confirm(Instant at) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = at;
    }

    void cancel(CancellationReason reason, Instant at) {
        status = RegistrationStatus.CANCELLED;
        cancellationReason = reason;
        cancelledAt = at;
    }

    void attend(boolean value) {
        attended = value;
    }

    boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }

    boolean hasToken(String hash) {
        return cancellationTokenHash != null && cancellationTokenHash.equals(hash);
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public Email email() {
        return Email.of(email);
    }

    public boolean observer() {
        return observer;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    /** {@code null} until the secretariat records it. */
    public Boolean attended() {
        return attended;
    }

    @Override
    public String toString() {
        return "Registration[" + id + ", memberId=" + memberId + ", name=" + PersonalData.mask(name)
                + ", email=" + Email.of(email).masked() + ", " + status + "]";
    }
}
