package io.councilhub.gateway.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} is the dashboard's overview. */
@Controller
class RootController {

    @GetMapping("/")
    String root() {
        return "redirect:/dashboard";
    }
}
