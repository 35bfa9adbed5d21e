package io.councilhub.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * A call's bearer token, from its {@code Authorization} header only: what Spring Security's
 * {@link DefaultBearerTokenResolver} does with its defaults (no token in the query or a form body), without its
 * regular expression.
 * <p>
 * That expression is case-insensitive and runs over the whole header on every call; with the council's tokens (about
 * 800 characters) it was about 6 % of the gateway's request time and showed in every service's profile too. The
 * rules are the same: a header that does not start with {@code bearer} (any case) carries no bearer token; one that
 * does must be {@code Bearer}, one space and RFC 6750's {@code b64token}
 * ({@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}) and nothing else, or the call fails as
 * {@code invalid_token} ("Bearer token is malformed"), as it would with Spring Security's resolver.
 */
public final class HeaderBearerTokenResolver implements BearerTokenResolver {

    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length() - 1)) {
            return null;
        }
        if (!isWellFormed(authorization)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(BEARER.length());
    }

    static boolean isWellFormed(String authorization) {
        int length = authorization.length();
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        int at = BEARER.length();
        while (at < length && isTokenCharacter(authorization.charAt(at))) {
            at++;
        }
        if (at == BEARER.length()) {
            return false;
        }
        while (at < length && authorization.charAt(at) == '=') {
            at++;
        }
        return at == length;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
