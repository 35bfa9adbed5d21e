package io.councilhub.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.Topics;
import io.councilhub.notification.TestClock;
import io.councilhub.notification.mail.MessageIds;
import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.IssueStatus;
import io.councilhub.notification.newsletter.Newsletters;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.SubscriberRoll;
import io.councilhub.notification.subscriber.SuppressionReason;
import io.councilhub.notification.subscriber.Suppressions;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = {
        "councilhub.delivery.scheduler=false",
        "councilhub.notification.public-base-url=https://councilhub.example",
        "councilhub.newsletter.public-base-url=https://councilhub.example",
        "councilhub.mail.messages-per-second=1000"})
class NewsletterDeliveryTest extends ServiceApiTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    Newsletters newsletters;
    @Autowired
    SubscriberRoll roll;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Suppressions suppressions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    NewsletterFixture fixture;

    @BeforeEach
    void threeReadersAndOneWhoLeft() throws Exception {
        fixture = new NewsletterFixture(newsletters, roll, deliveries, mongo, clock);
        fixture.reset();
        infrastructure.mail().purgeEmailFromAllMailboxes();
        fixture.subscribe("tetsuo@asai.example", "浅井 哲夫");
        fixture.subscribe("hanako@example.jp", "山田 花子");
        fixture.subscribe("ichiro@example.jp", "鈴木 一郎");
        fixture.subscribe("left@example.jp", "退会 済子");
        suppressions.suppress(io.councilhub.chassis.domain.Email.of("left@example.jp"), SuppressionReason.UNSUBSCRIBED,
                MailingList.NEWSLETTER);
    }

    @Test
    void nothingGoesOutBeforeTheScheduledCadenceDay() {
        Issue issue = fixture.approvedIssue81();
        clock.setTo(issue.scheduledAt().minusSeconds(60));

        deliveries.poll();
        deliveries.awaitRun();

        assertThat(newsletters.issue(issue.id()).status()).isEqualTo(IssueStatus.SCHEDULED);
        assertThat(infrastructure.mail().getReceivedMessages()).isEmpty();
    }

    @Test
    void onTheCadenceDayEachReaderGetsOneCopyWithListHeadersAlternativeBodiesAndThePdf() throws Exception {
        Issue issue = fixture.approvedIssue81();
        fixture.sendTime(issue);

        fixture.awaitSent(issue.id());

        MimeMessage[] received = infrastructure.mail().getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(m -> recipient(m)))
                .containsExactlyInAnyOrder("tetsuo@asai.example", "hanako@example.jp", "ichiro@example.jp");
        MimeMessage message = Arrays.stream(received).filter(m -> recipient(m).equals("tetsuo@asai.example")).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("メルマガ「めざせIT力アップ!」 第81号 Excelのピボットテーブル入門");
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getHeader("Message-ID")[0]).isEqualTo(MessageIds.of("newsletter", issue.id(), "tetsuo@asai.example"));
        assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<https://councilhub.example/api/public/subscriptions/unsubscribe?token=");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("List-Id")[0]).contains("<newsletter.");
        assertThat(MimeUtility.decodeText(message.getHeader("To")[0])).contains("浅井 哲夫");

        assertThat(message.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("第1部 パソコン活用", "https://councilhub.example/api/public/newsletters/mezase-it/issues/81",
                "配信停止はこちら: https://councilhub.example/api/public/subscriptions/unsubscribe?token=");
        assertThat(html).contains("<strong>集計</strong>", "配信停止");
        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("第1部 パソコン活用", "集計が簡単になります。", "第2部 用語・IT動向");
        }

        ConsumerRecord<String, byte[]> sent = awaitEvent(Topics.NOTIFICATIONS, "io.councilhub.notification.NewsletterIssueSent.v1", issue.id());
        assertThat(TopicProbe.payload(sent)).contains("\"number\":81", "\"recipients\":3", "\"sent\":3", "\"failed\":0");

        var stats = secretariat.get("/api/newsletters/mezase-it/issues/81/delivery").json();
        assertThat(stats.get("status").asString()).isEqualTo("SENT");
        assertThat(stats.get("recipients").asInt()).isEqualTo(3);
        assertThat(stats.get("sent").asInt()).isEqualTo(3);
        assertThat(stats.get("failed").asInt()).isZero();
    }

    @Test
    void aPausedIssueSendsNothingUntilItIsResumed() {
        Issue issue = fixture.approvedIssue81();
        newsletters.pause(issue.id());
        fixture.sendTime(issue);

        deliveries.poll();
        deliveries.awaitRun();
        assertThat(infrastructure.mail().getReceivedMessages()).isEmpty();

        newsletters.resume(issue.id());
        fixture.awaitSent(issue.id());
        assertThat(infrastructure.mail().getReceivedMessages()).hasSize(3);
    }

    @Test
    void someoneWhoUnsubscribedWhileTheIssueWasSendingIsCountedAndGetsNothingMore() {
        Issue issue = fixture.approvedIssue81();
        fixture.sendTime(issue);
        fixture.awaitSent(issue.id());
        suppressions.suppress(io.councilhub.chassis.domain.Email.of("hanako@example.jp"), SuppressionReason.UNSUBSCRIBED,
                MailingList.NEWSLETTER);

        var stats = secretariat.get("/api/newsletters/mezase-it/issues/81/delivery").json();
        assertThat(stats.get("unsubscribedSince").asInt()).isEqualTo(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
