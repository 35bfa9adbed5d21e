package io.councilhub.contracts;

/** The Kafka topics, one per publishing context. Versioned by name: a breaking layout is a new topic. */
public final class Topics {

    public static final String MEMBERSHIP = "council.membership.v1";
    public static final String FINANCE = "council.finance.v1";
    public static final String MEETINGS = "council.meetings.v1";
    public static final String SUBCOMMITTEES = "council.subcommittees.v1";
    public static final String NOTIFICATIONS = "council.notifications.v1";

    private Topics() {
    }
}
