package io.councilhub.gateway.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The user store for scripts and the devstack (SECRETARIAT only): list users, create one, disable, enable and
 * unlock. The same operations, and the same checks, as the {@code /dashboard/admin/users} pages: a MEMBER user's
 * organisation (and an OFFICER user's, when it has one) must be an active member of the roll.
 */
@RestController
class UsersApiController {

    private final StaffAccounts accounts;
    private final MemberOrganisations organisations;

    UsersApiController(StaffAccounts accounts, MemberOrganisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    record UserRequest(String username, String displayName, String password, List<String> roles, String memberId) {
    }

    @GetMapping(path = "/api/auth/users", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> list() {
        List<Map<String, Object>> items = accounts.all().stream().map(UsersApiController::view).toList();
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping(path = "/api/auth/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody(required = false) UserRequest request, HttpServletRequest http) {
        if (request == null) {
            return invalid(http, "username", "a JSON body with username, displayName, password, roles and memberId is required");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (request.roles() != null) {
            for (String name : request.roles()) {
                Role role = Role.ofName(name);
                if (role == null) {
                    return invalid(http, "roles", "unknown role '" + name + "': use SECRETARIAT, OFFICER or MEMBER");
                }
                roles.add(role);
            }
        }
        if ((roles.contains(Role.MEMBER) || roles.contains(Role.OFFICER)) && request.memberId() != null
                && !request.memberId().isBlank()) {
            String problem = organisations.problem(request.memberId().strip(), Locale.ENGLISH);
            if (problem != null) {
                return invalid(http, "memberId", problem);
            }
        }
        try {
            StaffUser user = accounts.create(new StaffAccounts.NewUser(request.username(), request.displayName(),
                    request.password(), roles, request.memberId()));
            return ResponseEntity.created(URI.create("/api/auth/users/" + user.username())).body(view(user));
        } catch (StaffUser.InvalidUser invalid) {
            return invalid(http, invalid.field(), invalid.getMessage());
        }
    }

    @GetMapping(path = "/api/auth/users/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> one(@PathVariable String username, HttpServletRequest http) {
        return accounts.find(username).<ResponseEntity<?>>map(user -> ResponseEntity.ok(view(user)))
                .orElseGet(() -> notFound(http, username));
    }

    @PostMapping("/api/auth/users/{username}/{action:disable|enable|unlock}")
    ResponseEntity<?> change(@PathVariable String username, @PathVariable String action, HttpServletRequest http) {
        return accounts.find(username).<ResponseEntity<?>>map(user -> {
            switch (action) {
                case "disable" -> accounts.disable(user);
                case "enable" -> accounts.enable(user);
                default -> accounts.unlock(user);
            }
            return ResponseEntity.ok(view(user));
        }).orElseGet(() -> notFound(http, username));
    }

    static Map<String, Object> view(StaffUser user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", user.username());
        view.put("displayName", user.displayName());
        view.put("roles", user.roles().stream().map(Role::name).sorted().toList());
        view.put("memberId", user.memberId().orElse(null));
        view.put("enabled", user.enabled());
        view.put("lockedUntil", user.lockedUntil().map(Object::toString).orElse(null));
        return view;
    }

    private static ResponseEntity<ProblemDetail> invalid(HttpServletRequest http, String field, String message) {
        return IdentityProblems.respond(http, IdentityProblems.invalid(field, message));
    }

    private static ResponseEntity<ProblemDetail> notFound(HttpServletRequest http, String username) {
        return IdentityProblems.respond(http, IdentityProblems.notFound("no user " + username));
    }
}
