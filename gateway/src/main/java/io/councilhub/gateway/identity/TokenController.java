package io.councilhub.gateway.identity;

import io.councilhub.gateway.identity.LoginEvent.Kind;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /api/auth/token}: an API client trades a username and password for an RS256 access token the gateway
 * accepts as a bearer token. Failures count towards the same lockout as the login form.
 */
@RestController
class TokenController {

    private final StaffAccounts accounts;
    private final GatewayTokens tokens;
    private final IdentitySettings settings;

    TokenController(StaffAccounts accounts, GatewayTokens tokens, IdentitySettings settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.settings = settings;
    }

    record Credentials(String username, String password) {
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> token(@RequestBody(required = false) Credentials credentials, HttpServletRequest request) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()) {
            return IdentityProblems.respond(request, IdentityProblems.invalid("username", "username is required"));
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            return IdentityProblems.respond(request, IdentityProblems.invalid("password", "password is required"));
        }
        StaffUser user;
        try {
            user = accounts.authenticate(credentials.username(), credentials.password(), request.getRemoteAddr(),
                    Kind.TOKEN_ISSUED);
        } catch (LockedException locked) {
            return IdentityProblems.respond(request, IdentityProblems.locked(locked.getMessage()));
        } catch (DisabledException disabled) {
            return IdentityProblems.respond(request, IdentityProblems.unauthorized(disabled.getMessage()));
        } catch (AuthenticationException wrong) {
            return IdentityProblems.respond(request, IdentityProblems.unauthorized(wrong.getMessage()));
        }
        StaffPrincipal principal = user.principal();
        String token = tokens.accessToken(new Caller(principal.username(), principal.roles(), principal.memberId()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("access_token", token, "token_type", "Bearer",
                        "expires_in", settings.accessTokenLifetime().toSeconds()));
    }
}
