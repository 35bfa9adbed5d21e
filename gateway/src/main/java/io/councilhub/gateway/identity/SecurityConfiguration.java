package io.councilhub.gateway.identity;

import io.councilhub.platform.security.HeaderBearerTokenResolver;
import io.councilhub.platform.security.HeaderCharacters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may reach what, for browsers. The dashboard and the portal: form login ({@code /login}) or an external OIDC
 * provider, a session, CSRF on every form. The API on that session; 401/403 as problem documents. The services'
 * public paths are open to anyone. Security headers go on every response. An API call with a bearer token is
 * {@link BearerApiSecurity}'s chain, which comes first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Both chains read a bearer token from the {@code Authorization} header without a regular expression. */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return new HeaderBearerTokenResolver();
    }

    /** Spring Security's strict firewall, checking each header the gateway reads (it reads them all) by a loop. */
    @Bean
    HttpFirewall httpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, IdentitySettings settings, StaffAccounts accounts,
                                        ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
        ApiProblems problems = new ApiProblems();
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher publicApi = PublicApiPaths.anyOf(settings.publicPaths());
        RequestMatcher tokenEndpoint = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/token");

        // An API call that carries no session cookie has no session a forged request could ride on.
        RequestMatcher apiWithoutSession = request -> api.matches(request) && request.getRequestedSessionId() == null;

        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // Only a page a person asked for is worth returning to after login; an API call never opens a session.
        requestCache.setRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(api,
                PathPatternRequestMatcher.withDefaults().matcher("/.well-known/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/error"))));

        ExceptionMappingAuthenticationFailureHandler loginFailure = new ExceptionMappingAuthenticationFailureHandler();
        loginFailure.setDefaultFailureUrl("/login?error");
        loginFailure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));

        Map<RequestMatcher, org.springframework.security.web.access.AccessDeniedHandler> deniedHandlers = new LinkedHashMap<>();
        deniedHandlers.put(api, problems);
        AccessDeniedHandlerImpl refusedForm = new AccessDeniedHandlerImpl();
        AccessDeniedHandlerImpl friendly = new AccessDeniedHandlerImpl();
        friendly.setErrorPage(AccessDeniedController.PATH);
        // A page the user's role does not open: a page saying so, with the way to their own pages. A form without its
        // CSRF token is no question of roles: the plain 403.
        org.springframework.security.web.access.AccessDeniedHandler pages = (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                refusedForm.handle(request, response, denied);
            } else {
                friendly.handle(request, response, denied);
            }
        };
        LandingPage landing = new LandingPage(requestCache, settings.oidc().memberClaim());

        http.authorizeHttpRequests(requests -> {
                    requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error", "/login", "/.well-known/jwks.json", "/favicon.ico").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**").permitAll()
                        // The API descriptions and the event catalogue name endpoints and fields, never data.
                        .requestMatchers("/docs/**", "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    BearerApiSecurity.apiRules(requests, settings);
                    requests
                        .requestMatchers("/dashboard/admin/**").hasRole(Role.SECRETARIAT.name())
                        .requestMatchers("/portal", "/portal/**").hasRole(Role.MEMBER.name())
                        .requestMatchers("/", "/dashboard", "/dashboard/**")
                        .hasAnyRole(Role.SECRETARIAT.name(), Role.OFFICER.name())
                        .requestMatchers("/actuator/**").hasRole(Role.SECRETARIAT.name())
                        .anyRequest().authenticated();
                })
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(landing)
                        .failureHandler(loginFailure)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                accounts.loggedOut(Caller.of(authentication, settings.oidc().memberClaim())
                                        .map(Caller::subject).orElse(authentication.getName()), request.getRemoteAddr());
                            }
                        }))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                new LinkedHashMap<>(deniedHandlers), pages)))
                .requestCache(cache -> cache.requestCache(requestCache))
                // A browser session needs its CSRF token on every change; the public API and the token exchange have
                // no session to protect.
                .csrf(csrf -> csrf.ignoringRequestMatchers(publicApi, tokenEndpoint, apiWithoutSession))
                .headers(headers -> BearerApiSecurity.securityHeaders(headers, settings));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage("/login")
                    .successHandler((request, response, authentication) -> {
                        String who = Caller.of(authentication, settings.oidc().memberClaim())
                                .map(Caller::subject).orElse(authentication.getName());
                        accounts.record(LoginEvent.Kind.LOGIN_SUCCEEDED, who, request.getRemoteAddr(), "external OIDC login");
                        landing.onAuthenticationSuccess(request, response, authentication);
                    })
                    // No session for a provider's user without one of our roles: the login page says why.
                    .failureHandler((request, response, failure) -> {
                        if (failure instanceof OidcUsers.NoCouncilRole refused) {
                            accounts.record(LoginEvent.Kind.LOGIN_FAILED, refused.username(), request.getRemoteAddr(),
                                    "external OIDC login: no role (no value of claim '" + settings.oidc().rolesClaim()
                                            + "' maps to a councilhub role)");
                            response.sendRedirect(request.getContextPath() + "/login?norole");
                            return;
                        }
                        if (failure instanceof OidcUsers.NameTaken taken) {
                            accounts.record(LoginEvent.Kind.LOGIN_FAILED, taken.username() == null ? "" : taken.username(),
                                    request.getRemoteAddr(), "external OIDC login: the name is a local user's");
                            response.sendRedirect(request.getContextPath() + "/login?nametaken");
                            return;
                        }
                        String error = failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                                ? oauth.getError().getErrorCode() : failure.getClass().getSimpleName();
                        accounts.record(LoginEvent.Kind.LOGIN_FAILED, "", request.getRemoteAddr(),
                                "external OIDC login failed: " + error);
                        response.sendRedirect(request.getContextPath() + "/login?external");
                    })
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcUsers(new OidcRoleMapping(settings.oidc()),
                            name -> accounts.find(name).isPresent()))));
        }
        return http.build();
    }

    /** Roles of a bearer token from its {@code roles} claim, as the services read them. */
    static JwtAuthenticationConverter bearerRoles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            List<org.springframework.security.core.GrantedAuthority> authorities = new ArrayList<>();
            if (roles != null) {
                for (String name : roles) {
                    Role role = Role.ofName(name);
                    if (role != null) {
                        authorities.add(new SimpleGrantedAuthority(role.authority()));
                    }
                }
            }
            return authorities;
        });
        return converter;
    }
}
