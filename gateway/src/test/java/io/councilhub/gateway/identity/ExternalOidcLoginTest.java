package io.councilhub.gateway.identity;

import io.councilhub.gateway.GatewayTestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway works with an external OpenID Connect provider configured exactly as the README tells an operator: the
 * README's YAML block is the gateway's configuration here (only the three environment variables it names are set),
 * and the provider is a real one (Spring Authorization Server) running in this JVM. A person at a browser asks for
 * the dashboard, is sent to the gateway's login page, follows its link to the provider, logs in there and comes back
 * through the gateway's callback: staff land on the dashboard with the role their group maps to, a member contact on
 * its portal, someone whose groups map to no role is refused on the login page and never gets a session, and so is
 * a provider user named like one of the gateway's own users. The login audit records each; the session's API calls
 * reach the service with a token the gateway signed for the mapped role.
 */
class ExternalOidcLoginTest extends IdentityTestBase {

    private static final String REGISTRATION = "council-idp";

    static final OidcProvider.Running PROVIDER = OidcProvider.start(List.of(
            new OidcProvider.Account("jimu.sato", "sato-password-1", "0b7e6c1f-secretariat",
                    Map.of("groups", List.of("council-secretariat", "staff-canteen"))),
            new OidcProvider.Account("riji.tanaka", "tanaka-password-1", "5d1a9e33-board",
                    Map.of("groups", List.of("council-board"))),
            new OidcProvider.Account("kozaki.tanto", "kozaki-password-1", "9c4f0a72-kozaki",
                    Map.of("groups", List.of("/members/kozaki"), "organisation_id", "m-kozaki")),
            new OidcProvider.Account("kengai.suzuki", "suzuki-password-1", "3e8b2d40-outsider",
                    Map.of("groups", List.of("staff-canteen"))),
            // the provider's own "Admin", a board member there: not the gateway's administrator
            new OidcProvider.Account("Admin", "provider-admin-password-1", "7f2c5a19-namesake",
                    Map.of("groups", List.of("council-board")))));

    @DynamicPropertySource
    static void externalProvider(DynamicPropertyRegistry registry) {
        // What the operator sets in the environment ...
        registry.add("OIDC_ISSUER_URI", PROVIDER::issuer);
        registry.add("OIDC_CLIENT_ID", () -> OidcProvider.CLIENT_ID);
        registry.add("OIDC_CLIENT_SECRET", () -> OidcProvider.CLIENT_SECRET);
        // ... and the configuration the README gives, word for word.
        for (PropertySource<?> source : readmeConfiguration()) {
            EnumerablePropertySource<?> properties = (EnumerablePropertySource<?>) source;
            for (String name : properties.getPropertyNames()) {
                registry.add(name, () -> String.valueOf(properties.getProperty(name)));
            }
        }
    }

    @BeforeEach
    void providerKnowsTheGateway() {
        PROVIDER.allowRedirectTo(url("/login/oauth2/code/" + REGISTRATION));
        SERVICE.forget();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aSecretariatOfficialLogsInAtTheProviderAndWorksOnTheDashboardAsSecretariat() {
        Browser browser = browser();

        HttpResponse<String> back = logInAtProvider(browser, "/dashboard", "jimu.sato", "sato-password-1");

        assertThat(landing(back)).isEqualTo("/dashboard");
        HttpResponse<String> dashboard = browser.get("/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(dashboard.body()).select("header .user").text())
                .as("the header names the provider's login name, not its opaque subject").isEqualTo("jimu.sato");
        assertThat(browser.get("/dashboard/admin/users").statusCode()).as("SECRETARIAT opens user management").isEqualTo(200);

        Jwt relayed = relayedToken(browser, "/api/members");
        assertThat(relayed.getSubject()).isEqualTo("jimu.sato");
        assertThat(relayed.getClaimAsStringList("roles")).containsExactly("SECRETARIAT");

        Document audit = Jsoup.parse(browser.get("/dashboard/admin/login-audit").body());
        assertThat(audit.select("tr[data-kind=LOGIN_SUCCEEDED]"))
                .anySatisfy(row -> assertThat(row.select("td").eachText()).contains("jimu.sato", "external OIDC login"));
    }

    @Test
    void aBoardMemberLandsOnTheDashboardAsOfficerAndUserManagementStaysClosed() {
        Browser browser = browser();

        HttpResponse<String> back = logInAtProvider(browser, "/dashboard/members", "riji.tanaka", "tanaka-password-1");

        assertThat(landing(back)).as("back to the page asked for").isEqualTo("/dashboard/members");
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
        HttpResponse<String> admin = browser.get("/dashboard/admin/users");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("このページを開く権限がありません");

        Jwt relayed = relayedToken(browser, "/api/members");
        assertThat(relayed.getSubject()).isEqualTo("riji.tanaka");
        assertThat(relayed.getClaimAsStringList("roles")).containsExactly("OFFICER");
    }

    @Test
    void aMemberContactLandsOnItsPortalAndTheServiceLearnsItsOrganisation() {
        Browser browser = browser();

        HttpResponse<String> back = logInAtProvider(browser, "/dashboard", "kozaki.tanto", "kozaki-password-1");

        assertThat(landing(back)).as("a MEMBER never lands on the dashboard").isEqualTo("/portal");
        assertThat(browser.get("/portal").statusCode()).isEqualTo(200);
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(403);

        Jwt relayed = relayedToken(browser, "/api/members/m-kozaki");
        assertThat(relayed.getSubject()).isEqualTo("kozaki.tanto");
        assertThat(relayed.getClaimAsStringList("roles")).containsExactly("MEMBER");
        assertThat(relayed.getClaimAsString("member_id")).isEqualTo("m-kozaki");
    }

    @Test
    void someoneWhoseGroupsMapToNoRoleIsRefusedOnTheLoginPageAndGetsNoSession() {
        Browser browser = browser();

        HttpResponse<String> back = logInAtProvider(browser, "/dashboard", "kengai.suzuki", "suzuki-password-1");

        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?norole"));
        HttpResponse<String> login = browser.get("/login?norole");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(login.body()).select("[role=alert]").text())
                .contains("協議会での役割がありません", "事務局");
        assertThat(browser.get("/login?norole&lang=en").body()).contains("has no role in councilhub");
        assertThat(browser.get("/dashboard").statusCode()).as("not logged in").isEqualTo(302);
        assertThat(browser.get("/api/members").statusCode()).isEqualTo(401);
        assertThat(SERVICE.last()).as("nothing reached a service").isNull();

        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);
        Document audit = Jsoup.parse(admin.get("/dashboard/admin/login-audit").body());
        assertThat(audit.select("tr[data-kind=LOGIN_FAILED]"))
                .anySatisfy(row -> assertThat(String.join(" ", row.select("td").eachText()))
                        .contains("kengai.suzuki", "no role"));
    }

    @Test
    void aProviderUserNamedLikeALocalUserIsRefusedAndNeverActsAsThem() {
        Browser browser = browser();

        HttpResponse<String> back = logInAtProvider(browser, "/dashboard", "Admin", "provider-admin-password-1");

        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?nametaken"));
        assertThat(Jsoup.parse(browser.get("/login?nametaken").body()).select("[role=alert]").text())
                .contains("利用者名と同じ", "事務局");
        assertThat(browser.get("/login?nametaken&lang=en").body()).contains("has the name of a councilhub user");
        assertThat(browser.get("/dashboard").statusCode()).as("not logged in").isEqualTo(302);
        assertThat(browser.get("/api/members").statusCode()).isEqualTo(401);
        assertThat(SERVICE.last()).as("nothing reached a service").isNull();

        Browser admin = browser();
        admin.logIn("admin", ADMIN_PASSWORD);
        Document audit = Jsoup.parse(admin.get("/dashboard/admin/login-audit").body());
        assertThat(audit.select("tr[data-kind=LOGIN_FAILED]"))
                .anySatisfy(row -> assertThat(String.join(" ", row.select("td").eachText()))
                        .contains("Admin", "local user"));
    }

    // ------------------------------------------------------------------------------------------------ the browser

    /**
     * From a gateway page through the gateway's login page and its provider link to the provider's login form, logs in
     * there and follows the provider back to the gateway's callback; answers the callback's response.
     */
    private HttpResponse<String> logInAtProvider(Browser browser, String page, String username, String password) {
        HttpResponse<String> asked = browser.get(page);
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        Element link = Jsoup.parse(browser.get("/login").body()).selectFirst("section.providers a");
        assertThat(link).as("the login page offers the provider").isNotNull();
        assertThat(link.text()).isEqualTo("県庁アカウント (Prefecture account)");
        HttpResponse<String> toProvider = browser.get(link.attr("href"));
        assertThat(toProvider.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).startsWith(PROVIDER.issuer() + "/oauth2/authorize?"));

        HttpResponse<String> loginForm = follow(browser, toProvider);
        assertThat(loginForm.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
        Element form = Jsoup.parse(loginForm.body(), loginForm.uri().toString()).selectFirst("form");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put("username", username);
        fields.put("password", password);
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());

        // The provider's redirects up to the gateway's callback; the callback's answer is the gateway's verdict.
        HttpResponse<String> response = loggedIn;
        List<String> hops = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            assertThat(response.statusCode()).as("provider hop %s: %s", hops, response.body()).isEqualTo(302);
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            hops.add(next.toString());
            response = browser.send(HttpRequest.newBuilder(next).GET().build());
            if (next.getPath().equals("/login/oauth2/code/" + REGISTRATION)) {
                assertThat(next.toString()).startsWith(url("/login/oauth2/code/"));
                assertThat(response.statusCode()).as("the gateway's callback answers with a redirect").isEqualTo(302);
                return response;
            }
        }
        throw new AssertionError("never came back to the gateway: " + hops);
    }

    /** Follows redirects (on any host) to the first page that is none. */
    private static HttpResponse<String> follow(Browser browser, HttpResponse<String> response) {
        for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = browser.send(HttpRequest.newBuilder(next).GET().build());
        }
        return response;
    }

    /** Calls the API through the gateway with the session and answers the token the stand-in service received. */
    private Jwt relayedToken(Browser browser, String path) {
        SERVICE.forget();
        assertThat(browser.get(path).statusCode()).isEqualTo(200);
        StandInService.Seen seen = SERVICE.last();
        assertThat(seen).as("the call reached the service").isNotNull();
        assertThat(seen.cookie()).as("the session cookie stays at the gateway").isNull();
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(url("/.well-known/jwks.json")).jwsAlgorithm(SignatureAlgorithm.RS256)
                .build().decode(seen.authorization().substring("Bearer ".length()));
        assertThat(jwt.getClaimAsString("iss")).as("signed by the gateway, not the provider").isEqualTo(GatewayTestTokens.ISSUER);
        return jwt;
    }

    /** The gateway path a redirect sends the browser to. */
    private String landing(HttpResponse<String> redirect) {
        URI to = redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(to.toString()).startsWith(url("/"));
        return to.getPath();
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The YAML block of the README's section "External OIDC provider", loaded as Spring Boot loads application.yml. */
    private static List<PropertySource<?>> readmeConfiguration() {
        try {
            String readme = Files.readString(Path.of("README.md"));
            int section = readme.indexOf("### External OIDC provider");
            int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
            int end = readme.indexOf("```", start);
            if (section < 0 || start < section || end < start) {
                throw new AssertionError("README.md has no YAML block in its section \"External OIDC provider\"");
            }
            return new YamlPropertySourceLoader().load("README.md (External OIDC provider)",
                    new ByteArrayResource(readme.substring(start, end).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
