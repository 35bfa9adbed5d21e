package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.mail.Mail;
import io.councilhub.notification.mail.MailAddress;
import io.councilhub.notification.mail.MailTransport;
import io.councilhub.notification.mail.MessageIds;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;

/** The double opt-in mail: a link to confirm the signup, Japanese first (English for EN subscribers). */
@Component
class ConfirmationMail {

    static final String PATH = "/api/public/subscriptions/confirm";

    private final MailTransport transport;
    private final SubscriptionSettings settings;
    private final SubscriptionTokens tokens;

    ConfirmationMail(MailTransport transport, SubscriptionSettings settings, SubscriptionTokens tokens) {
        this.transport = transport;
        this.settings = settings;
        this.tokens = tokens;
    }

    void send(Subscriber subscriber, Instant now) {
        Instant expires = now.plus(settings.confirmationValidity());
        URI link = URI.create(settings.publicBaseUrl() + PATH + "?token="
                + tokens.issue(SubscriptionTokens.Purpose.CONFIRM, subscriber.id(), expires));
        long hours = settings.confirmationValidity().toHours();
        String name = subscriber.name() == null ? "" : subscriber.name();
        boolean english = subscriber.language() == Language.EN;
        String subject = english
                ? "Please confirm your subscription to " + subscriber.list().title()
                : "【購読確認】" + subscriber.list().title() + " の購読登録";
        String text = english
                ? """
                  Dear %s,

                  Thank you for subscribing to %s.
                  Please confirm your subscription by opening this link (valid for %d hours):

                  %s

                  If you did not sign up, ignore this mail: you will not be subscribed.
                  """.formatted(name.isEmpty() ? "subscriber" : name, subscriber.list().title(), hours, link)
                : """
                  %s 様

                  %s の購読登録を受け付けました。
                  次のリンクを開いて登録を確定してください（有効期限 %d 時間）。

                  %s

                  お心当たりのない場合は、このメールを破棄してください。登録は確定されません。
                  """.formatted(name.isEmpty() ? "購読者" : name, subscriber.list().title(), hours, link);
        Mail mail = Mail.builder()
                .from(new MailAddress(Email.of(settings.fromAddress()), settings.fromName()))
                .to(new MailAddress(subscriber.email(), subscriber.name()))
                .subject(subject)
                .text(text)
                .messageId(MessageIds.of("confirm", subscriber.id() + "-" + expires.getEpochSecond(), subscriber.email().value()))
                .build();
        transport.send(mail);
    }
}
