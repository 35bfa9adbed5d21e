package io.councilhub.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.notification.TestClock;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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

class NewsletterApiTest extends ServiceApiTest {

    static final String PUBLICATION = """
            {"id": "mezase-it", "title": "メルマガ「めざせIT力アップ!」", "subcommitteeId": "sc-dx-literacy",
             "cadence": {"daysOfMonth": [1, 15], "sendTime": "09:00"},
             "reviewers": ["m-reviewer-1", "m-reviewer-2"], "approvalsRequired": 2}
            """;
    static final String ISSUE_81 = """
            {"subject": "Excelのピボットテーブル入門",
             "parts": [{"heading": "第1部 パソコン活用", "markdown": "## ピボットテーブル\\n\\n**集計**が簡単になります。"},
                       {"heading": "第2部 用語・IT動向", "markdown": "- DX: デジタルトランスフォーメーション"}]}
            """;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    Newsletters newsletters;
    @Autowired
    MongoTemplate mongo;

    ApiClient reviewer1;
    ApiClient reviewer2;

    @BeforeEach
    void publicationWithIssue80InTheArchive() {
        List.of("publications", "newsletter_issues").forEach(mongo::dropCollection);
        clock.setTo(OffsetDateTime.parse("2022-04-03T10:00+09:00").toInstant());
        assertThat(secretariat.post("/api/newsletters", PUBLICATION).status()).isEqualTo(201);
        newsletters.importBackIssue("mezase-it", 80, "Teamsの会議録画",
                List.of(new Part("第1部 パソコン活用", "会議の録画と共有"), new Part("第2部 用語・IT動向", "メタバースとは")),
                LocalDate.of(2022, 3, 15));
        reviewer1 = as(TestTokens.member("m-reviewer-1"));
        reviewer2 = as(TestTokens.member("m-reviewer-2"));
    }

    @Test
    void afterIssue80TheNextDraftIsIssue81() {
        ApiClient.Response created = secretariat.post("/api/newsletters/mezase-it/issues", ISSUE_81);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/newsletters/mezase-it/issues/81");
        assertThat(created.json().get("number").asInt()).isEqualTo(81);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("webUrl").asString()).endsWith("/api/public/newsletters/mezase-it/issues/81");
    }

    @Test
    void reviewersRequestChangesThenApproveAndTheIssueIsScheduledOnThe15thAt9() {
        secretariat.post("/api/newsletters/mezase-it/issues", ISSUE_81);
        secretariat.post("/api/newsletters/mezase-it/issues/81/submit", "{}");

        ApiClient.Response changes = reviewer1.post("/api/newsletters/mezase-it/issues/81/request-changes",
                "{\"comment\": \"第2部に用語の例を足してください\"}");
        assertThat(changes.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(changes.json().get("reviews").get(0).get("comment").asString()).isEqualTo("第2部に用語の例を足してください");

        assertThat(secretariat.put("/api/newsletters/mezase-it/issues/81", ISSUE_81).status()).isEqualTo(200);
        secretariat.post("/api/newsletters/mezase-it/issues/81/submit", "{}");
        assertThat(reviewer1.post("/api/newsletters/mezase-it/issues/81/approve", "{}").json().get("status").asString())
                .isEqualTo("IN_REVIEW");
        ApiClient.Response approved = reviewer2.post("/api/newsletters/mezase-it/issues/81/approve", "{\"comment\": \"OK\"}");

        assertThat(approved.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(OffsetDateTime.parse(approved.json().get("scheduledAt").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2022-04-15T09:00+09:00").toInstant());
    }

    @Test
    void someoneWhoIsNotAReviewerCannotApprove() {
        secretariat.post("/api/newsletters/mezase-it/issues", ISSUE_81);
        secretariat.post("/api/newsletters/mezase-it/issues/81/submit", "{}");

        ApiClient.Response refused = as(TestTokens.member("m-someone-else")).post("/api/newsletters/mezase-it/issues/81/approve", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(secretariat.get("/api/newsletters/mezase-it/issues/81").json().get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void anIssueWithoutASubjectIsA400NamingTheField() {
        ApiClient.Response refused = secretariat.post("/api/newsletters/mezase-it/issues",
                "{\"subject\": \" \", \"parts\": [{\"heading\": \"第1部\", \"markdown\": \"x\"}]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("subject");
        assertThat(newsletters.issues("mezase-it")).hasSize(1);
    }

    @Test
    void theArchiveShowsBackIssuesToAnyoneAndItsPdfHasTheJapaneseText() throws Exception {
        secretariat.post("/api/newsletters/mezase-it/issues", ISSUE_81);

        ApiClient.Response index = anonymous().get("/api/public/newsletters/mezase-it/issues");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");
        assertThat(index.body()).contains("第80号", "Teamsの会議録画").doesNotContain("第81号");

        ApiClient.Response page = anonymous().get("/api/public/newsletters/mezase-it/issues/80");
        assertThat(page.body()).contains("メルマガ「めざせIT力アップ!」 第80号（2022年3月15日号）", "第2部 用語・IT動向", "メタバースとは");
        assertThat(anonymous().get("/api/public/newsletters/mezase-it/issues/81").status()).isEqualTo(404);

        HttpResponse<byte[]> pdf = anonymous().getBytes("/api/public/newsletters/mezase-it/issues/80.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("メルマガ「めざせIT力アップ!」", "第80号", "第1部 パソコン活用", "会議の録画と共有", "メタバースとは");
        }
    }

    @Test
    void draftsAreNotForOtherMembers() {
        secretariat.post("/api/newsletters/mezase-it/issues", ISSUE_81);

        assertThat(as(TestTokens.member("m-someone-else")).get("/api/newsletters/mezase-it/issues/81").status()).isEqualTo(404);
        assertThat(reviewer1.get("/api/newsletters/mezase-it/issues/81").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/newsletters/mezase-it/issues/81").status()).isEqualTo(401);
    }
}
