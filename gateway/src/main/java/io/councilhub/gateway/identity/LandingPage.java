package io.councilhub.gateway.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Where a login lands: staff (SECRETARIAT, OFFICER) on the page they asked for or the dashboard; a MEMBER user on the
 * member portal (or the portal page it asked for), never on a dashboard page it may not open.
 */
final class LandingPage implements AuthenticationSuccessHandler {

    static final String DASHBOARD = "/dashboard";
    static final String PORTAL = "/portal";

    private final RequestCache requestCache;
    private final String memberClaim;
    private final SavedRequestAwareAuthenticationSuccessHandler staff = new SavedRequestAwareAuthenticationSuccessHandler();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    LandingPage(RequestCache requestCache, String memberClaim) {
        this.requestCache = requestCache;
        this.memberClaim = memberClaim;
        staff.setDefaultTargetUrl(DASHBOARD);
        staff.setRequestCache(requestCache);
    }

    static boolean memberOnly(Caller caller) {
        Set<Role> roles = caller.roles();
        return roles.contains(Role.MEMBER) && !roles.contains(Role.SECRETARIAT) && !roles.contains(Role.OFFICER);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        boolean member = Caller.of(authentication, memberClaim).map(LandingPage::memberOnly).orElse(false);
        if (!member) {
            staff.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = PORTAL;
        if (saved != null) {
            String path = URI.create(saved.getRedirectUrl()).getRawPath();
            if (path != null && (path.equals(PORTAL) || path.startsWith(PORTAL + "/"))) {
                target = saved.getRedirectUrl();
            }
        }
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        redirect.sendRedirect(request, response, target);
    }
}
