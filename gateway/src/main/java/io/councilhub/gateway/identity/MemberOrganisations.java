package io.councilhub.gateway.identity;

import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What a MEMBER user may belong to: an organisation on the roll and active, as membership-service says (through the
 * membership panel's circuit breaker). The user pages and the user API ask the same question.
 */
@Component
class MemberOrganisations {

    /** membership {@code GET /api/members/{id}}: whether the organisation exists and is active. */
    record RollEntry(String id, String status) {
    }

    private final ServicePanels panels;
    private final MessageSource messages;

    MemberOrganisations(ServicePanels panels, MessageSource messages) {
        this.panels = panels;
        this.messages = messages;
    }

    /**
     * Null when {@code memberId} is an active member; otherwise why a user cannot belong to it, in {@code locale}:
     * unknown, withdrawn, or the service not answering (no user for an id nobody could check).
     */
    String problem(String memberId, Locale locale) {
        Panel<RollEntry> entry = panels.membership().get(RollEntry.class, "/api/members/{id}", memberId);
        if (entry.isAvailable()) {
            String status = entry.getData().status();
            return status == null || "ACTIVE".equals(status) ? null
                    : messages.getMessage("identity.users.memberWithdrawn", null, locale);
        }
        return entry.getState() == Panel.State.UNAVAILABLE
                ? messages.getMessage("identity.users.membershipDown", null, locale)
                : messages.getMessage("identity.users.memberUnknown", null, locale);
    }
}
