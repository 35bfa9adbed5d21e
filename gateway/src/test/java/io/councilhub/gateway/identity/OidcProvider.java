package io.councilhub.gateway.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.councilhub.gateway.GatewayTestTokens;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider in the test JVM: Spring Authorization Server in its own small Spring context on a
 * random port of 127.0.0.1 (another host than the gateway's {@code localhost}, so a browser keeps the two sessions
 * apart), with a login form, discovery, JWKS, authorization, token and user-info endpoints, one confidential client
 * for the gateway, and accounts whose ID tokens carry a {@code groups} claim (and {@code member_id} for a member
 * contact), their {@code sub} an opaque id as real providers issue it and {@code preferred_username} the login name.
 * A {@code @TestConfiguration}, so the gateway's own tests never scan it in.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class OidcProvider {

    static final String CLIENT_ID = "councilhub-gateway";
    static final String CLIENT_SECRET = "provider-test-secret";
    private static final String CLIENT_KEY = "gateway-client";

    /** A person with an account at the provider, and the claims their ID token carries besides sub and names. */
    record Account(String username, String password, String subject, Map<String, Object> claims) {
    }

    /** The accounts the provider knows. */
    record Accounts(List<Account> all) {

        Account of(String username) {
            return all.stream().filter(account -> account.username().equals(username)).findFirst().orElseThrow();
        }
    }

    /** The running provider. */
    static final class Running implements AutoCloseable {

        private final ConfigurableApplicationContext context;

        private Running(ConfigurableApplicationContext context) {
            this.context = context;
        }

        /** The issuer, as an operator would configure it ({@code issuer-uri}). */
        String issuer() {
            return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        }

        /** Registers the gateway's redirect URI for its client (known once the gateway runs). */
        void allowRedirectTo(String redirectUri) {
            RegisteredClientRepository clients = context.getBean(RegisteredClientRepository.class);
            clients.save(RegisteredClient.from(clients.findById(CLIENT_KEY))
                    .redirectUris(uris -> {
                        uris.clear();
                        uris.add(redirectUri);
                    }).build());
        }

        @Override
        public void close() {
            context.close();
        }
    }

    static Running start(List<Account> accounts) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OidcProvider.class)
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("accounts", new Accounts(accounts)))
                // its own configuration only: not the gateway's application.yml
                .properties("spring.config.name=oidc-provider-test", "server.port=0", "server.address=127.0.0.1",
                        "server.servlet.session.cookie.name=IDP_SESSION", "spring.main.banner-mode=off")
                .run();
        return new Running(context);
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users(Accounts accounts) {
        return new InMemoryUserDetailsManager(accounts.all().stream()
                .map(account -> User.withUsername(account.username()).password("{noop}" + account.password())
                        .roles("USER").build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(CLIENT_KEY)
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/not-yet-known")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** The ID token of each account: its opaque subject, its login name and its own claims (groups, member_id). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Accounts accounts) {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                Account account = accounts.of(context.getPrincipal().getName());
                context.getClaims().subject(account.subject())
                        .claim("preferred_username", account.username())
                        .claims(claims -> claims.putAll(account.claims()));
            }
        };
    }

    private final KeyPair keys = GatewayTestTokens.generate();

    @Bean
    JWKSource<SecurityContext> signingKeys() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        JWKSet set = new JWKSet(key);
        return (selector, context) -> selector.select(set);
    }

    /** The user-info endpoint checks the access tokens the provider issued. */
    @Bean
    JwtDecoder accessTokens() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
