package io.councilhub.notification.delivery;

import io.councilhub.chassis.domain.Email;
import io.councilhub.notification.TestClock;
import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.IssueStatus;
import io.councilhub.notification.newsletter.Newsletters;
import io.councilhub.notification.newsletter.Part;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.Subscriber;
import io.councilhub.notification.subscriber.SubscriberRoll;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/** Builds the newsletter world of a delivery test: the publication, subscribers, an approved issue 81. */
record NewsletterFixture(Newsletters newsletters, SubscriberRoll roll, Deliveries deliveries, MongoTemplate mongo,
                         TestClock clock) {

    static final String PUBLICATION = "mezase-it";

    void reset() {
        deliveries.stop();
        deliveries.start();
        List.of("publications", "newsletter_issues", "newsletter_deliveries", "newsletter_delivery_runs", "subscribers",
                "suppressions").forEach(mongo::dropCollection);
        clock.setTo(OffsetDateTime.parse("2022-04-03T10:00+09:00").toInstant());
        newsletters.startPublication(PUBLICATION, "メルマガ「めざせIT力アップ!」", "sc-dx-literacy", null, List.of("m-reviewer"), 1);
        newsletters.importBackIssue(PUBLICATION, 80, "Teamsの会議録画", List.of(new Part("第1部 パソコン活用", "録画")),
                java.time.LocalDate.of(2022, 3, 15));
    }

    void subscribe(String email, String name) {
        roll.add(MailingList.NEWSLETTER, Email.of(email), new Subscriber.Person(name, "市川市", "企画課", null));
    }

    void subscribe(int count) {
        for (int i = 1; i <= count; i++) {
            subscribe("reader" + i + "@example.jp", "読者" + i);
        }
    }

    /** Issue 81, approved and scheduled for 2022-04-15 09:00 JST. */
    Issue approvedIssue81() {
        Issue issue = newsletters.draft(PUBLICATION, "Excelのピボットテーブル入門", List.of(
                new Part("第1部 パソコン活用", "## ピボットテーブル\n\n**集計**が簡単になります。"),
                new Part("第2部 用語・IT動向", "- DX: デジタルトランスフォーメーション")));
        newsletters.submitForReview(issue.id());
        return newsletters.approve(issue.id(), Set.of("m-reviewer"), null);
    }

    /** Moves the clock to the issue's send time and runs delivery until the issue stops SENDING or only waits. */
    void sendTime(Issue issue) {
        clock.setTo(issue.scheduledAt().plusSeconds(1));
    }

    void awaitSent(String issueId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            deliveries.poll();
            return newsletters.issue(issueId).status() == IssueStatus.SENT;
        });
    }
}
