package io.councilhub.gateway.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a signed-in user sees for a page their role does not open (403): what happened, in Japanese and English,
 * and the way to their own pages (the member portal for a MEMBER user, the dashboard for staff).
 */
@Controller
class AccessDeniedController {

    static final String PATH = "/access-denied";

    private final CurrentUser currentUser;

    AccessDeniedController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @RequestMapping(PATH)
    String denied(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        boolean member = currentUser.memberOnly();
        model.addAttribute("home", member ? LandingPage.PORTAL : LandingPage.DASHBOARD);
        model.addAttribute("homeKey", member ? "identity.denied.toPortal" : "identity.denied.toDashboard");
        return "access-denied";
    }
}
