package io.councilhub.notification.notice;

import java.util.Locale;

/** The notices there are; each has a template per language under {@code notices/<ja|en>/<kind>.txt}. */
public enum NoticeKind {
    WELCOME, MEMBER_WITHDRAWN, REPRESENTATIVE_LOST,
    MEETING_INVITATION, MEETING_CHANGED, MEETING_CANCELLED, MEETING_REMINDER, REGISTRATION_CONFIRMED,
    PROPOSAL_APPROVED, PROPOSAL_REJECTED, BUDGET_ADOPTED, ACTIVITY_PLAN_APPROVED,
    DUES_INVOICE_ISSUED, DUES_PAID;

    String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
