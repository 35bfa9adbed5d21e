package io.councilhub.events.registration;

/** 確定 (a place), キャンセル待ち (waiting for one), 取消. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
