package io.councilhub.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.Topics;
import io.councilhub.notification.TestClock;
import io.councilhub.notification.mail.MailSettings;
import io.councilhub.notification.mail.MailTransport;
import io.councilhub.notification.mail.ScriptedSmtpServer;
import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.IssueStatus;
import io.councilhub.notification.newsletter.Newsletters;
import io.councilhub.notification.subscriber.SubscriberRoll;
import io.councilhub.notification.subscriber.Suppressions;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/** Delivery against an SMTP server that says 451, 550, goes away, or meets a restart of the sender. */
@TestPropertySource(properties = {
        "councilhub.delivery.scheduler=false",
        "councilhub.delivery.workers=2",
        "councilhub.delivery.batch-size=5",
        "councilhub.delivery.retry-after=PT0.1S",
        "councilhub.delivery.max-attempts=8"})
class SmtpTroubleDeliveryTest extends ServiceApiTest {

    static final ScriptedSmtpServer SMTP = ScriptedSmtpServer.start();

    @TestConfiguration
    static class ScriptedServer {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        /** The transport to the scripted server: fast back-off, a small circuit window, 40 messages a second. */
        @Bean
        @Primary
        MailTransport scriptedTransport() {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(SMTP.port());
            return new MailTransport(sender, MailSettings.defaults()
                    .withMessagesPerSecond(40)
                    .withTimeout(Duration.ofSeconds(5))
                    .withRetry(new MailSettings.Retry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(40)))
                    .withCircuit(new MailSettings.Circuit(50, 4, 4, Duration.ofMillis(300))));
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
    @Autowired
    MailTransport transport;

    NewsletterFixture fixture;

    @BeforeEach
    void freshWorld() {
        fixture = new NewsletterFixture(newsletters, roll, deliveries, mongo, clock);
        fixture.reset();
        SMTP.up();
        SMTP.reset();
        transport.circuitBreaker().reset();
    }

    @AfterAll
    static void stopServer() {
        SMTP.close();
    }

    @Test
    void aReaderRefusedWith451IsTriedAgainLaterAndEveryoneGetsExactlyOneCopy() {
        fixture.subscribe(10);
        SMTP.script((rcpt, attempt) -> rcpt.equals("reader3@example.jp") && attempt < 5
                ? ScriptedSmtpServer.refuse(451) : ScriptedSmtpServer.accept());
        Issue issue = fixture.approvedIssue81();
        fixture.sendTime(issue);

        fixture.awaitSent(issue.id());

        for (int i = 1; i <= 10; i++) {
            assertThat(SMTP.receivedBy("reader" + i + "@example.jp")).as("reader" + i).hasSize(1);
        }
        assertThat(SMTP.attempts("reader3@example.jp")).isEqualTo(5);
        assertThat(deliveries.copy(issue.id(), Email.of("reader3@example.jp")).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        DeliveryStatistics stats = deliveries.statistics(issue.id());
        assertThat(stats.sent()).isEqualTo(10);
        assertThat(stats.failed()).isZero();
    }

    @Test
    void aReaderRefusedWith550FailsAndIsSuppressedWhileTheOthersAreSent() {
        fixture.subscribe(5);
        SMTP.script((rcpt, attempt) -> rcpt.equals("reader2@example.jp") ? ScriptedSmtpServer.refuse(550) : ScriptedSmtpServer.accept());
        Issue issue = fixture.approvedIssue81();
        fixture.sendTime(issue);

        fixture.awaitSent(issue.id());

        assertThat(SMTP.receivedBy("reader2@example.jp")).isEmpty();
        assertThat(SMTP.attempts("reader2@example.jp")).isEqualTo(1);
        assertThat(SMTP.received()).hasSize(4);
        assertThat(suppressions.isSuppressed(Email.of("reader2@example.jp"))).isTrue();
        assertThat(deliveries.copy(issue.id(), Email.of("reader2@example.jp")).orElseThrow().smtpCode()).isEqualTo(550);
        ConsumerRecord<String, byte[]> sent = awaitEvent(Topics.NOTIFICATIONS, "io.councilhub.notification.NewsletterIssueSent.v1", issue.id());
        assertThat(events(Topics.NOTIFICATIONS, "io.councilhub.notification.NewsletterIssueSent.v1", issue.id()))
                .anySatisfy(record -> assertThat(TopicProbe.payload(record)).contains("\"recipients\":5", "\"sent\":4", "\"failed\":1"));
        assertThat(sent).isNotNull();
    }

    @Test
    void theServerGoingAwayMidSendOpensTheCircuitAndSendingResumesWithOneCopyEach() {
        fixture.subscribe(20);
        AtomicBoolean wentAway = new AtomicBoolean();
        SMTP.script((rcpt, attempt) -> {
            if (SMTP.received().size() >= 6 && wentAway.compareAndSet(false, true)) {
                new Thread(SMTP::down).start();
                return ScriptedSmtpServer.drop();
            }
            return ScriptedSmtpServer.accept();
        });
        Issue issue = fixture.approvedIssue81();
        fixture.sendTime(issue);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            deliveries.poll();
            return transport.circuitBreaker().getState() == CircuitBreaker.State.OPEN;
        });
        assertThat(deliveries.statistics(issue.id()).deferred()).isPositive();
        assertThat(newsletters.issue(issue.id()).status()).isEqualTo(IssueStatus.SENDING);

        SMTP.up();
        fixture.awaitSent(issue.id());

        for (int i = 1; i <= 20; i++) {
            assertThat(SMTP.receivedBy("reader" + i + "@example.jp")).as("reader" + i).hasSize(1);
        }
        assertThat(deliveries.statistics(issue.id()).sent()).isEqualTo(20);
    }

    @Test
    void aRestartMidSendResumesAndSendsNobodyTwice() {
        fixture.subscribe(30);
        Issue issue = fixture.approvedIssue81();
        fixture.sendTime(issue);
        deliveries.poll();
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.received().size() >= 10);

        deliveries.stop();
        int beforeRestart = SMTP.received().size();
        DeliveryStatistics stopped = deliveries.statistics(issue.id());
        assertThat(beforeRestart).isLessThan(30);
        assertThat(stopped.sent()).isEqualTo(beforeRestart);
        assertThat(stopped.pending()).isEqualTo(30 - beforeRestart);
        assertThat(stopped.status()).isEqualTo(IssueStatus.SENDING);

        deliveries.start();
        fixture.awaitSent(issue.id());

        assertThat(SMTP.received()).hasSize(30);
        for (int i = 1; i <= 30; i++) {
            assertThat(SMTP.receivedBy("reader" + i + "@example.jp")).as("reader" + i).hasSize(1);
        }
    }
}
