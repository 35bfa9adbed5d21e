package io.councilhub.gateway.dashboard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every dashboard page's model holds: {@code fy} (the selected {@link FiscalYear}: the request's
 * {@code fy} parameter, remembered per browser in the {@code fy} cookie), {@code fiscalYears} (the
 * selector's choices), {@code councilName}, {@code currentUser} and {@code requestPath} (for the language and year links).
 * A handler reads the year with {@code @ModelAttribute("fy") FiscalYear fy}.
 */
@ControllerAdvice(basePackages = "io.councilhub.gateway", annotations = Controller.class)
class DashboardModel {

    static final String COOKIE = "fy";

    private final DashboardSettings settings;
    private final Clock clock;

    DashboardModel(DashboardSettings settings) {
        this.settings = settings;
        this.clock = Clock.systemDefaultZone();
    }

    @ModelAttribute("fy")
    FiscalYear fiscalYear(HttpServletRequest request, HttpServletResponse response) {
        FiscalYear chosen = parse(request.getParameter(COOKIE));
        if (chosen != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.toString());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && parse(cookie.getValue()) != null) {
                    return parse(cookie.getValue());
                }
            }
        }
        return defaultYear();
    }

    @ModelAttribute("fiscalYears")
    List<FiscalYear> fiscalYears() {
        List<FiscalYear> years = new ArrayList<>();
        int last = Math.max(FiscalYear.containing(LocalDate.now(clock)).startYear() + 1, defaultYear().startYear());
        for (int year = last; year >= settings.firstFiscalYear(); year--) {
            years.add(FiscalYear.of(year));
        }
        return years;
    }

    @ModelAttribute("councilName")
    String councilName() {
        return settings.councilName();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The signed-in user's name, or null (no logout button) when nobody is. */
    @ModelAttribute("currentUser")
    String currentUser(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    private FiscalYear defaultYear() {
        return settings.defaultFiscalYear() > 0 ? FiscalYear.of(settings.defaultFiscalYear())
                : FiscalYear.containing(LocalDate.now(clock));
    }

    private static FiscalYear parse(String value) {
        if (value == null || !value.matches("\\d{4}")) {
            return null;
        }
        try {
            return FiscalYear.of(Integer.parseInt(value));
        } catch (IllegalArgumentException outOfRange) {
            return null;
        }
    }
}
