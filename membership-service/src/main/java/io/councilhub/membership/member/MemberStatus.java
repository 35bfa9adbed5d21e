package io.councilhub.membership.member;

/**
 * Where a member organisation stands: applied (an application awaiting decision), active, withdrawn
 * (it stays in history), or rejected (an application that was turned down; never a member).
 */
public enum MemberStatus {
    APPLIED,
    ACTIVE,
    WITHDRAWN,
    REJECTED
}
