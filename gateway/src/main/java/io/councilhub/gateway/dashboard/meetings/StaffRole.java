package io.councilhub.gateway.dashboard.meetings;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the signed-in staff user may do on the meetings pages, as events-service decides it: the secretariat
 * schedules, puts proposals on the agenda, opens and closes voting, records answers and attendance; an officer reads.
 * The pages offer a form only to whom the service would accept it from, and a command from anyone else is refused
 * here (403) before it reaches the service.
 */
final class StaffRole {

    private StaffRole() {
    }

    static boolean secretariat(HttpServletRequest request) {
        return request.isUserInRole("SECRETARIAT");
    }

    static void requireSecretariat(HttpServletRequest request) {
        if (!secretariat(request)) {
            throw new AccessDeniedException("only the secretariat does this");
        }
    }

    /** The form's problems (field to message key) as messages in the page's language. */
    static Map<String, String> messages(MessageSource messages, Map<String, String> keys) {
        Map<String, String> resolved = new LinkedHashMap<>();
        keys.forEach((field, key) -> resolved.put(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
        return resolved;
    }
}
