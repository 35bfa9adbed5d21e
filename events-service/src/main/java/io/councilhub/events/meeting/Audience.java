package io.councilhub.events.meeting;

/** Who a meeting is for: member organisations, officers only, or anyone (readable and open to register without login). */
public enum Audience {
    MEMBERS,
    OFFICERS,
    PUBLIC
}
