package io.councilhub.events.registration;

/** Why a registration was cancelled, as RegistrationCancelled's {@code reason} carries it. */
public enum CancellationReason {
    /** By the registrant, through the link or their own login. */
    REGISTRANT,
    /** By the secretariat. */
    SECRETARIAT,
    /** The organisation left the council before the meeting. */
    MEMBER_WITHDRAWN
}
