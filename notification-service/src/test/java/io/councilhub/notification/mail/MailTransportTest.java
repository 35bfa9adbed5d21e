package io.councilhub.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailTransportTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String SUBJECT = "メルマガ「めざせIT力アップ!」第81号";
    static final byte[] PDF = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);

    static MailSettings fast() {
        return MailSettings.defaults()
                .withMessagesPerSecond(1000)
                .withTimeout(Duration.ofSeconds(5))
                .withRetry(new MailSettings.Retry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50)))
                .withCircuit(new MailSettings.Circuit(50, 4, 4, Duration.ofMillis(300)));
    }

    static MailTransport transportTo(int port, MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new MailTransport(sender, settings);
    }

    static Mail newsletterTo(String email) {
        return Mail.builder()
                .from(MailAddress.of("newsletter@councilhub.local", "情報化推進協議会"))
                .to(MailAddress.of(email, "浅井 哲夫"))
                .subject(SUBJECT)
                .text("第1部 パソコン活用\n本文")
                .html("<h2>第1部 パソコン活用</h2><p>本文</p>")
                .attach(Attachment.pdf("メルマガ第81号.pdf", PDF))
                .list(Mail.listId("メルマガ「めざせIT力アップ!」", "newsletter.councilhub.local"),
                        "https://councilhub.example/unsubscribe/tok123")
                .messageId(MessageIds.of("newsletter", "issue-81", email))
                .build();
    }

    @Test
    void aNewsletterArrivesWithListHeadersItsOwnMessageIdAlternativeBodiesAndThePdf() throws Exception {
        transportTo(greenMail.getSmtp().getPort(), fast()).send(newsletterTo("tetsuo@asai.example"));

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(received.getHeader("Message-ID")[0])
                .isEqualTo(MessageIds.of("newsletter", "issue-81", "tetsuo@asai.example"));
        assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://councilhub.example/unsubscribe/tok123>");
        assertThat(received.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getHeader("List-Id")[0]).endsWith("<newsletter.councilhub.local>");
        assertThat(MimeUtility.decodeText(received.getHeader("List-Id")[0])).startsWith("メルマガ「めざせIT力アップ!」");
        assertThat(MimeUtility.decodeText(received.getHeader("From")[0])).contains("情報化推進協議会");

        assertThat(received.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.getContentType()).startsWith("multipart/alternative");
        Multipart alternative = (Multipart) body.getContent();
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(alternative.getBodyPart(0).getContent()).asString().contains("第1部 パソコン活用");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(MimeUtility.decodeText(pdf.getFileName())).isEqualTo("メルマガ第81号.pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void aTextOnlyNoticeIsPlainUtf8() throws Exception {
        transportTo(greenMail.getSmtp().getPort(), fast()).send(Mail.builder()
                .from(MailAddress.of("secretariat@councilhub.local"))
                .to(MailAddress.of("a@example.jp"))
                .subject("会員の退会について")
                .text("退会の届出がありました。")
                .messageId(MessageIds.of("notice", "evt-1", "a@example.jp"))
                .build());

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(received.getContent()).asString().contains("退会の届出がありました。");
        assertThat(received.getSubject()).isEqualTo("会員の退会について");
    }

    @Test
    void oneConnectionCarriesManyMails() {
        MailTransport transport = transportTo(greenMail.getSmtp().getPort(), fast());
        try (MailTransport.Connection connection = transport.connect()) {
            for (int i = 0; i < 5; i++) {
                connection.send(newsletterTo("reader" + i + "@example.jp"));
            }
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
    }

    @Test
    void messageIdsAreStablePerKindKeyAndRecipient() {
        String id = MessageIds.of("newsletter", "issue-81", "A@Example.JP");
        assertThat(id).isEqualTo(MessageIds.of("newsletter", "issue-81", "a@example.jp"))
                .matches("<newsletter\\.[0-9a-f]{32}@councilhub\\.local>");
        assertThat(id).isNotEqualTo(MessageIds.of("newsletter", "issue-81", "b@example.jp"))
                .isNotEqualTo(MessageIds.of("newsletter", "issue-82", "a@example.jp"));
    }

    @Test
    void aServerSaying451IsRetriedWithBackOffAndTheMailArrivesOnce() {
        try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start()) {
            smtp.script((rcpt, attempt) -> attempt < 3 ? ScriptedSmtpServer.refuse(451) : ScriptedSmtpServer.accept());

            transportTo(smtp.port(), fast()).send(newsletterTo("grey@example.jp"));

            assertThat(smtp.attempts("grey@example.jp")).isEqualTo(3);
            assertThat(smtp.receivedBy("grey@example.jp")).hasSize(1);
        }
    }

    @Test
    void a451ThatDoesNotGoAwayIsReportedDeferred() {
        try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start()) {
            smtp.script((rcpt, attempt) -> ScriptedSmtpServer.refuse(451));

            assertThatThrownBy(() -> transportTo(smtp.port(), fast()).send(newsletterTo("grey@example.jp")))
                    .isInstanceOfSatisfying(MailDeferred.class, e -> assertThat(e.smtpCode()).isEqualTo(451));
            assertThat(smtp.attempts("grey@example.jp")).isEqualTo(3);
        }
    }

    @Test
    void a550IsRejectedAtOnceWithoutRetry() {
        try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start()) {
            smtp.script((rcpt, attempt) -> ScriptedSmtpServer.refuse(550));

            assertThatThrownBy(() -> transportTo(smtp.port(), fast()).send(newsletterTo("gone@example.jp")))
                    .isInstanceOfSatisfying(MailRejected.class, e -> assertThat(e.smtpCode()).isEqualTo(550));
            assertThat(smtp.attempts("gone@example.jp")).isEqualTo(1);
            assertThat(smtp.received()).isEmpty();
        }
    }

    @Test
    void aServerThatGoesAwayOpensTheCircuitAndSendingResumesWhenItIsBack() {
        try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start()) {
            MailTransport transport = transportTo(smtp.port(), fast());
            MailTransport.Connection connection = transport.connect();
            connection.send(newsletterTo("first@example.jp"));
            smtp.down();

            assertThatThrownBy(() -> connection.send(newsletterTo("second@example.jp")))
                    .isInstanceOfSatisfying(MailDeferred.class, e -> assertThat(e.smtpCode()).isZero());
            assertThatThrownBy(() -> connection.send(newsletterTo("second@example.jp")))
                    .isInstanceOfSatisfying(MailDeferred.class, e -> assertThat(e.circuitOpen()).isTrue());
            assertThat(transport.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

            smtp.up();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .ignoreException(MailDeferred.class)
                    .untilAsserted(() -> connection.send(newsletterTo("second@example.jp")));
            connection.close();

            assertThat(transport.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(smtp.receivedBy("first@example.jp")).hasSize(1);
            assertThat(smtp.receivedBy("second@example.jp")).hasSize(1);
        }
    }
}
