package io.councilhub.gateway.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The parts of the services' answers the member portal reads, all about the user's own organisation. */
final class PortalApi {

    private PortalApi() {
    }

    /** membership {@code GET /api/members/{id}}. */
    record Organisation(String id, String name, String nameKana, String category, String status, LocalDate admittedOn,
                        LocalDate withdrawnOn, String address) {
    }

    /** finance {@code GET /api/finance/members/{memberId}/invoices}: one dues invoice. */
    record Invoice(String id, int fiscalYear, String label, long amountYen, long paidYen, long cancelledYen,
                   long outstandingYen, LocalDate issuedOn, LocalDate dueOn, String status, String duesStatus,
                   String statusLabel) {
    }

    /** events {@code GET /api/registrations}: the organisation's registrations across meetings. */
    record Registrations(String memberId, List<Registration> items) {
    }

    record Registration(String id, String meetingId, String meetingTitle, OffsetDateTime startsAt, String status,
                        int waitlistPosition, String name, boolean observer, Boolean attended) {

        /** Still holding (or waiting for) a place at a meeting that has not begun at {@code now}. */
        boolean cancellableAt(Instant now) {
            return !"CANCELLED".equals(status) && startsAt != null && startsAt.toInstant().isAfter(now);
        }
    }
}
