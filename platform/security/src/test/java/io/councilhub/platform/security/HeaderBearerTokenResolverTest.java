package io.councilhub.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver answers every header as Spring Security's default resolver does: the same token or the same error. */
class HeaderBearerTokenResolverTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdGFmZi0xIn0.c2lnbmF0dXJl",
            "bearer abc", "BEARER abc", "bEaReR a-b.c_d~e+f/g", "Bearer abc=", "Bearer abc==",
            "Bearer =", "Bearer a=b", "Bearer ", "Bearer", "Bearerabc", "Bearer  abc", "Bearer abc ", " Bearer abc",
            "Bearer abc\n", "Bearer ab\tc", "Bearer abc,def", "Bearer 市川市", "Bearer abc\u212A", "bearerx abc",
            "Basic dXNlcjpwYXNz", "Token abc", "", "B", "Bear"})
    void answersEveryHeaderAsSpringSecuritysResolverDoes(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/members");
        request.addHeader("Authorization", authorization);

        assertThat(answer(new HeaderBearerTokenResolver(), request))
                .isEqualTo(answer(new DefaultBearerTokenResolver(), request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "Bearer a.b.c", "bearer abc=="})
    void takesTheTokenAfterTheScheme(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/members");
        request.addHeader("Authorization", authorization);

        assertThat(new HeaderBearerTokenResolver().resolve(request)).isEqualTo(authorization.substring(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "Bearer a b", "Bearer abc\n", "Bearer 市川市"})
    void refusesAMalformedBearerHeader(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/members");
        request.addHeader("Authorization", authorization);

        assertThat(answer(new HeaderBearerTokenResolver(), request)).isEqualTo("invalid_token: Bearer token is malformed");
    }

    @org.junit.jupiter.api.Test
    void aCallWithoutAnAuthorizationHeaderHasNoToken() {
        assertThat(new HeaderBearerTokenResolver().resolve(new MockHttpServletRequest("GET", "/api/members"))).isNull();
    }

    private static String answer(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            return refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }
}
