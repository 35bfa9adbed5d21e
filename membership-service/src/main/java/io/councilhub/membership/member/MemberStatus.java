package io.councilhub.membership.member;

/** Where a member organisation stands: applied, active, or withdrawn (it stays in history). */
public enum MemberStatus {
    APPLIED,
    ACTIVE,
    WITHDRAWN
}
