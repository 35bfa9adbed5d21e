package io.councilhub.notification.member;

/** The roles a member's contact person has, as membership publishes them. */
public enum ContactRole {
    PRIMARY, BILLING, NEWSLETTER
}
