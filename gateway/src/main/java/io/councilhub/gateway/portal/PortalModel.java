package io.councilhub.gateway.portal;

import io.councilhub.gateway.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code memberPortal} on every page's model: true for a MEMBER user, whose page frame then offers the portal instead
 * of the staff sections (which would only answer 403).
 */
@ControllerAdvice(basePackages = "io.councilhub.gateway", annotations = Controller.class)
class PortalModel {

    private final CurrentUser currentUser;

    PortalModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("memberPortal")
    boolean memberPortal() {
        return currentUser.memberOnly();
    }
}
