package io.councilhub.gateway.identity;

import io.councilhub.gateway.dashboard.panel.ActiveMembers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secretariat's user management pages: the list with a form to create a user, and one page per user to
 * disable or enable it, lift a lockout, or set a new password. Every form carries the CSRF token; a wrong input
 * re-renders the form with the field's error and changes nothing.
 */
@Controller
class AdminUsersController {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

    private final StaffAccounts accounts;
    private final ActiveMembers activeMembers;
    private final MemberOrganisations organisations;
    private final MessageSource messages;

    AdminUsersController(StaffAccounts accounts, ActiveMembers activeMembers, MemberOrganisations organisations,
                         MessageSource messages) {
        this.accounts = accounts;
        this.activeMembers = activeMembers;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** What the create form sends. */
    record UserForm(String username, String displayName, String password, String role, String memberId) {

        static UserForm empty() {
            return new UserForm("", "", "", Role.OFFICER.name(), "");
        }
    }

    /** A user as the pages show it. */
    record UserRow(String username, String displayName, String roles, String memberId, boolean enabled,
                   String lockedUntil, int failedAttempts) {

        static UserRow of(StaffUser user) {
            Instant now = Instant.now();
            return new UserRow(user.username(), user.displayName(),
                    String.join(", ", user.roles().stream().map(Role::name).sorted().toList()),
                    user.memberId().orElse(""), user.enabled(),
                    user.lockedAt(now) ? TIME.format(user.lockedUntil().orElseThrow()) : null, user.failedAttempts());
        }
    }

    @GetMapping("/dashboard/admin/users")
    String list(Model model) {
        return listPage(model, UserForm.empty(), Map.of());
    }

    @PostMapping("/dashboard/admin/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String role,
                  @RequestParam(required = false) String memberId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        UserForm form = new UserForm(username, displayName, password, role, memberId);
        Role chosen = role == null ? null : Role.ofName(role);
        if (chosen == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, form, Map.of("role", "SECRETARIAT, OFFICER, MEMBER のいずれか (one of SECRETARIAT, OFFICER, MEMBER)"));
        }
        if ((chosen == Role.MEMBER || chosen == Role.OFFICER) && blankToNull(memberId) != null) {
            String unknown = organisations.problem(memberId.strip(), LocaleContextHolder.getLocale());
            if (unknown != null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return listPage(model, form, Map.of("memberId", unknown));
            }
        }
        try {
            StaffUser user = accounts.create(new StaffAccounts.NewUser(form.username(), form.displayName(), form.password(),
                    Set.of(chosen), chosen == Role.MEMBER ? form.memberId() : blankToNull(form.memberId())));
            redirect.addFlashAttribute("notice", "created:" + user.username());
            return "redirect:/dashboard/admin/users";
        } catch (StaffUser.InvalidUser invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, form, Map.of(invalid.field(), message(invalid)));
        }
    }

    @GetMapping("/dashboard/admin/users/{username}")
    String one(@PathVariable String username, Model model) {
        return userPage(model, find(username), Map.of());
    }

    @PostMapping("/dashboard/admin/users/{username}/{action:disable|enable|unlock}")
    String change(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
        StaffUser user = find(username);
        switch (action) {
            case "disable" -> accounts.disable(user);
            case "enable" -> accounts.enable(user);
            default -> accounts.unlock(user);
        }
        redirect.addFlashAttribute("notice", action);
        return "redirect:/dashboard/admin/users/" + user.username();
    }

    @PostMapping("/dashboard/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = find(username);
        try {
            accounts.resetPassword(user, password);
        } catch (StaffUser.InvalidUser invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return userPage(model, user, Map.of(invalid.field(), message(invalid)));
        }
        redirect.addFlashAttribute("notice", "password");
        return "redirect:/dashboard/admin/users/" + user.username();
    }

    private String listPage(Model model, UserForm form, Map<String, String> errors) {
        List<UserRow> users = accounts.all().stream().map(UserRow::of).toList();
        model.addAttribute("members", activeMembers.all());
        model.addAttribute("users", users);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
        return "dashboard/admin/users";
    }

    private String userPage(Model model, StaffUser user, Map<String, String> errors) {
        model.addAttribute("user", UserRow.of(user));
        model.addAttribute("errors", errors);
        return "dashboard/admin/user";
    }

    private StaffUser find(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + username));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The field error in Japanese first, then the English the API gives. */
    static String message(StaffUser.InvalidUser invalid) {
        Map<String, String> japanese = new LinkedHashMap<>();
        japanese.put("a MEMBER user must belong to a member organisation", "会員ユーザーには所属する会員団体の ID が必要です");
        japanese.put("only a MEMBER or an OFFICER user belongs to a member organisation",
                "会員団体は会員ユーザーと役員ユーザーにだけ指定できます");
        japanese.put("this username is taken", "このユーザー名は既に使われています");
        japanese.put("a display name is required", "表示名を入力してください");
        japanese.put("at least " + StaffAccounts.MIN_PASSWORD_LENGTH + " characters",
                "パスワードは " + StaffAccounts.MIN_PASSWORD_LENGTH + " 文字以上にしてください");
        String text = japanese.get(invalid.getMessage());
        if (text == null && "username".equals(invalid.field())) {
            text = "ユーザー名は英小文字・数字・. _ @ - で 3〜64 文字";
        }
        return text == null ? invalid.getMessage() : text + " (" + invalid.getMessage() + ")";
    }

}
