package io.councilhub.notification.subscriber.web;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.notification.subscriber.Subscriber;
import io.councilhub.notification.subscriber.Subscriptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Map;
import java.util.function.Function;

/**
 * {@code /api/public/subscriptions}, without a token: sign up to the newsletter (202 and a confirmation
 * mail, whatever the address's state), confirm, and unsubscribe. The links in mail lead to pages
 * (GET) with a button; only the POST changes anything, so a link scanner's GET never does. A POST to
 * the unsubscribe URL is also RFC 8058's one-click ({@code List-Unsubscribe=One-Click}): it unsubscribes
 * at once. A forged or expired token is a 400, a token for an entry that no longer exists a 404.
 */
@RestController
@RequestMapping("/api/public/subscriptions")
class PublicSubscriptionController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final Subscriptions subscriptions;

    PublicSubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    record SignUpRequest(@NotBlank @Size(max = 254) String email, @Size(max = 100) String name,
                         @Size(max = 200) String organisation, @Size(max = 200) String department,
                         @Size(max = 5) String language) {

        @Override
        public String toString() {
            return "SignUpRequest[email=***, language=" + language + "]";
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> signUp(@Valid @RequestBody SignUpRequest request) {
        subscriptions.signUp(Requests.email(request.email()), new Subscriber.Person(request.name(),
                request.organisation(), request.department(), Requests.language(request.language())));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message",
                "確認メールをお送りしました。メールのリンクから登録を確定してください。 (We sent a confirmation mail.)"));
    }

    @GetMapping("/confirm")
    ResponseEntity<String> confirmPage(@RequestParam(required = false) String token) {
        return page(token, subscriptions::confirming, subscriber -> form(
                "購読登録の確認", subscriber.list().title() + " の購読を確定します。",
                "confirm", token, "登録を確定する", null));
    }

    @PostMapping("/confirm")
    ResponseEntity<String> confirm(@RequestParam(required = false) String token) {
        Subscriber subscriber = subscriptions.confirm(token);
        return html(HttpStatus.OK, message("購読登録が完了しました",
                subscriber.list().title() + " の購読登録が完了しました。次号からお届けします。"));
    }

    @GetMapping("/unsubscribe")
    ResponseEntity<String> unsubscribePage(@RequestParam(required = false) String token) {
        return page(token, subscriptions::unsubscribing, subscriber -> form(
                "配信停止の確認", subscriber.list().title() + " の配信を停止しますか？",
                "unsubscribe", token, "配信を停止する", "List-Unsubscribe=One-Click"));
    }

    /** RFC 8058 one-click (body {@code List-Unsubscribe=One-Click}) and the page's button: unsubscribes at once. */
    @PostMapping("/unsubscribe")
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        Subscriber subscriber = subscriptions.unsubscribe(token);
        return html(HttpStatus.OK, message("配信を停止しました",
                subscriber.list().title() + " の配信を停止しました。今後このアドレスにはお送りしません。"));
    }

    private ResponseEntity<String> page(String token, Function<String, Subscriber> lookup,
                                        Function<Subscriber, String> render) {
        try {
            return html(HttpStatus.OK, render.apply(lookup.apply(token)));
        } catch (InvalidFieldException invalid) {
            return html(HttpStatus.BAD_REQUEST, message("リンクが無効です",
                    "このリンクは無効か、有効期限が切れています。お手数ですが事務局にお問い合わせください。"));
        } catch (NotFoundException gone) {
            return html(HttpStatus.NOT_FOUND, message("登録が見つかりません", "この登録はすでに削除されています。"));
        }
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).body(body);
    }

    private static String form(String title, String text, String action, String token, String button, String oneClick) {
        String hidden = oneClick == null ? "" : "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">";
        return shell(title, "<p>" + HtmlUtils.htmlEscape(text) + "</p>"
                + "<form method=\"post\" action=\"" + action + "?token=" + HtmlUtils.htmlEscape(token) + "\">"
                + hidden + "<button type=\"submit\">" + HtmlUtils.htmlEscape(button) + "</button></form>");
    }

    private static String message(String title, String text) {
        return shell(title, "<p>" + HtmlUtils.htmlEscape(text) + "</p>");
    }

    private static String shell(String title, String body) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1>" + body + "</body></html>";
    }
}
