package io.councilhub.gateway.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an OIDC client registration configured, the login page offers the provider next to the password form and
 * its link sends the browser to the provider's authorization endpoint; the password login keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "councilhub.identity.admin-password=" + IdentityTestBase.ADMIN_PASSWORD,
        "spring.security.oauth2.client.registration.council-idp.client-id=councilhub-gateway",
        "spring.security.oauth2.client.registration.council-idp.client-secret=local-only-secret",
        "spring.security.oauth2.client.registration.council-idp.client-name=県庁アカウント",
        "spring.security.oauth2.client.registration.council-idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.council-idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.council-idp.scope=openid,profile",
        "spring.security.oauth2.client.provider.council-idp.authorization-uri=https://idp.example.jp/authorize",
        "spring.security.oauth2.client.provider.council-idp.token-uri=https://idp.example.jp/token",
        "spring.security.oauth2.client.provider.council-idp.jwk-set-uri=https://idp.example.jp/jwks",
        "spring.security.oauth2.client.provider.council-idp.user-name-attribute=sub"})
class OidcLoginOfferTest extends IdentityTestBase {

    @Test
    void theLoginPageOffersTheProviderAndItsLinkGoesThere() {
        Browser browser = browser();
        HttpResponse<String> login = browser.get("/login");

        assertThat(login.body()).contains("県庁アカウント", "href=\"/oauth2/authorization/council-idp\"");
        HttpResponse<String> start = browser.get("/oauth2/authorization/council-idp");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .startsWith("https://idp.example.jp/authorize?").contains("client_id=councilhub-gateway", "scope=openid"));

        assertThat(browser().logIn("admin", ADMIN_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
    }
}
