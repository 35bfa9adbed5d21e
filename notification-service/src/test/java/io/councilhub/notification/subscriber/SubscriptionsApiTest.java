package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.notification.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber's whole experience is e-mail: signing up, confirming, unsubscribing in one click. */
class SubscriptionsApiTest extends ServiceApiTest {

    private static final byte[] ONE_CLICK = "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII);
    private static final String FORM = "application/x-www-form-urlencoded";

    @Autowired
    SubscriptionTokens tokens;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Subscribers subscribers;
    @Autowired
    SubscriberRoll roll;

    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = new Mailbox(infrastructure.mail());
    }

    @Test
    void aSignupIsConfirmedFromTheLinkInTheConfirmationMailAndOnlyThenReceivesTheNewsletter() throws Exception {
        String address = "signup-" + UUID.randomUUID() + "@example.jp";
        ApiClient.Response signedUp = anonymous().post("/api/public/subscriptions",
                "{\"email\":\"" + address + "\",\"name\":\"千葉 花子\",\"organisation\":\"習志野市\",\"language\":\"ja\"}");
        assertThat(signedUp.status()).isEqualTo(202);
        assertThat(status(address)).isEqualTo("PENDING");
        assertThat(subscribers.activeRecipient(MailingList.NEWSLETTER, Email.of(address))).isEmpty();

        MimeMessage confirmation = mailbox.awaitOne(address);
        assertThat(confirmation.getSubject()).contains("購読確認");
        String link = Mailbox.link(confirmation, "http://localhost:8080/api/public/subscriptions/confirm?token=");

        ApiClient.Response page = anonymous().get(pathOf(link));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"");
        assertThat(status(address)).as("a GET (a link scanner) confirms nothing").isEqualTo("PENDING");

        ApiClient.Response confirmed = anonymous().post(pathOf(link), FORM, new byte[0]);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(status(address)).isEqualTo("ACTIVE");
        assertThat(subscribers.activeRecipient(MailingList.NEWSLETTER, Email.of(address))).isPresent();
    }

    @Test
    void anExpiredOrForgedConfirmationTokenIsRefusedAndConfirmsNothing() {
        String address = "expired-" + UUID.randomUUID() + "@example.jp";
        anonymous().post("/api/public/subscriptions", "{\"email\":\"" + address + "\"}");
        mailbox.awaitOne(address);
        String id = entry(address).get("id").asString();

        String expired = tokens.issue(SubscriptionTokens.Purpose.CONFIRM, id, Instant.now().minusSeconds(1));
        ApiClient.Response refused = anonymous().post("/api/public/subscriptions/confirm?token=" + expired, FORM, new byte[0]);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();

        String valid = tokens.issue(SubscriptionTokens.Purpose.CONFIRM, id, Instant.now().plusSeconds(600));
        String forged = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");
        assertThat(anonymous().post("/api/public/subscriptions/confirm?token=" + forged, FORM, new byte[0]).status()).isEqualTo(400);
        String unsubscribeTokenUsedToConfirm = tokens.issue(SubscriptionTokens.Purpose.UNSUBSCRIBE, id, Instant.now().plusSeconds(600));
        assertThat(anonymous().post("/api/public/subscriptions/confirm?token=" + unsubscribeTokenUsedToConfirm, FORM, new byte[0]).status())
                .isEqualTo(400);

        assertThat(status(address)).isEqualTo("PENDING");
    }

    @Test
    void aOneClickPostUnsubscribesAtOnceWhileForgedAndExpiredTokensChangeNothing() {
        String address = "oneclick-" + UUID.randomUUID() + "@example.jp";
        Subscriber entry = roll.add(MailingList.NEWSLETTER, Email.of(address), new Subscriber.Person("船橋 一郎", "船橋市", "情報システム課", Language.JA));
        ListHeaders headers = links.headers(entry.recipient());
        assertThat(headers.asMap()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(headers.asMap().get("List-Unsubscribe")).startsWith("<http://localhost:8080/api/public/subscriptions/unsubscribe?token=");
        assertThat(headers.listId()).isEqualTo("\"councilhub newsletter\" <newsletter.lists.councilhub.localhost>");
        String path = pathOf(headers.oneClickUnsubscribe().toString());

        String token = path.substring(path.indexOf("token=") + 6);
        String forged = token.replaceFirst("\\.[0-9]+\\.", "." + (Instant.now().getEpochSecond() + 999_999) + ".");
        assertThat(anonymous().post("/api/public/subscriptions/unsubscribe?token=" + forged, FORM, ONE_CLICK).status()).isEqualTo(400);
        String expired = tokens.issue(SubscriptionTokens.Purpose.UNSUBSCRIBE, entry.id(), Instant.now().minusSeconds(60));
        assertThat(anonymous().post("/api/public/subscriptions/unsubscribe?token=" + expired, FORM, ONE_CLICK).status()).isEqualTo(400);
        String unknownEntry = tokens.issue(SubscriptionTokens.Purpose.UNSUBSCRIBE, UUID.randomUUID().toString(), Instant.now().plusSeconds(60));
        assertThat(anonymous().post("/api/public/subscriptions/unsubscribe?token=" + unknownEntry, FORM, ONE_CLICK).status()).isEqualTo(404);
        assertThat(status(address)).isEqualTo("ACTIVE");

        ApiClient.Response page = anonymous().get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("配信を停止する").contains("List-Unsubscribe");
        assertThat(status(address)).as("a GET never unsubscribes").isEqualTo("ACTIVE");

        ApiClient.Response unsubscribed = anonymous().post(path, FORM, ONE_CLICK);
        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(status(address)).isEqualTo("UNSUBSCRIBED");
        assertThat(subscribers.active(MailingList.NEWSLETTER)).noneMatch(r -> r.email().value().equals(address));
        assertThat(anonymous().post(path, FORM, ONE_CLICK).status()).as("a second click is harmless").isEqualTo(200);

        ApiClient.Response signUpAgain = anonymous().post("/api/public/subscriptions", "{\"email\":\"" + address + "\"}");
        assertThat(signUpAgain.status()).isEqualTo(202);
        assertThat(status(address)).as("only a confirmed new signup brings the address back").isEqualTo("PENDING");
    }

    @Test
    void aSuppressedAddressIsNeverARecipientAndGetsNoConfirmationMail() {
        String address = "bounced-" + UUID.randomUUID() + "@example.jp";
        roll.add(MailingList.NEWSLETTER, Email.of(address), new Subscriber.Person("山武 次郎", null, null, Language.JA));
        assertThat(secretariat.post("/api/subscribers/suppressions",
                "{\"email\":\"" + address.toUpperCase() + "\",\"reason\":\"HARD_BOUNCE\"}").status()).isEqualTo(204);

        assertThat(status(address)).isEqualTo("SUPPRESSED");
        assertThat(subscribers.active(MailingList.NEWSLETTER)).noneMatch(r -> r.email().value().equals(address));
        assertThat(secretariat.get("/api/subscribers/suppressions").body()).contains(address).contains("HARD_BOUNCE");

        String other = "bounced-signup-" + UUID.randomUUID() + "@example.jp";
        secretariat.post("/api/subscribers/suppressions", "{\"email\":\"" + other + "\",\"reason\":\"COMPLAINT\"}");
        assertThat(anonymous().post("/api/public/subscriptions", "{\"email\":\"" + other + "\"}").status()).isEqualTo(202);
        assertThat(mailbox.to(other)).isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndTheListIsTheSecretariatsOnly() {
        ApiClient.Response bad = anonymous().post("/api/public/subscriptions", "{\"email\":\"not-an-address\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("email");
        assertThat(anonymous().get("/api/subscribers").status()).isEqualTo(401);
        assertThat(as(io.councilhub.chassis.test.TestTokens.officer()).get("/api/subscribers").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/public/subscriptions/unsubscribe?token=nonsense").status()).isEqualTo(400);
    }

    private String status(String address) {
        return entry(address).get("status").asString();
    }

    private JsonNode entry(String address) {
        for (JsonNode node : secretariat.get("/api/subscribers?list=newsletter").json()) {
            if (node.get("email").asString().equalsIgnoreCase(address)) {
                return node;
            }
        }
        throw new AssertionError(address + " is not on the list");
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
