package io.councilhub.gateway.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The login audit log for the secretariat: the latest logins, failures, lockouts, logouts and tokens issued. */
@Controller
class LoginAuditController {

    static final int SHOWN = 200;

    private final StaffAccounts accounts;

    LoginAuditController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record Row(String at, String kind, String username, String remoteAddress, String detail) {
    }

    @GetMapping("/dashboard/admin/login-audit")
    String audit(Model model) {
        List<Row> rows = accounts.latestEvents(SHOWN).stream()
                .map(event -> new Row(AdminUsersController.TIME.format(event.at()), event.kind().name(), event.username(),
                        event.remoteAddress(), event.detail()))
                .toList();
        model.addAttribute("events", rows);
        model.addAttribute("shown", SHOWN);
        return "dashboard/admin/login-audit";
    }
}
