package io.councilhub.gateway.dashboard.newsletters;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat writes an issue, previews it, has it reviewed and approved, schedules it and watches it go out. */
class NewslettersPagesTest extends DashboardPageTest {

    static final NewsletterStandIn notification = new NewsletterStandIn();
    static final String ISSUES = "/dashboard/newsletters/mezase-it/issues";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).service("NOTIFICATION_URL", notification::url, notification);
    }

    @Test
    void theIssuesAreListedNewestFirstWithTheirStatus() {
        String page = administrator().page("/dashboard/newsletters");

        assertThat(page).contains("メルマガ「めざせIT力アップ!」", "毎月1・15日 09:00");
        assertThat(text(element(page, "tr", "data-issue=\"81\""))).contains("第81号", "第81号 情報セキュリティ入門");
        assertThat(text(element(page, "tr", "data-issue=\"80\""))).contains("第80号 パスワードの管理", "配信済み", "令和4年3月15日 09:00");
        assertThat(page.indexOf("data-issue=\"81\"")).isLessThan(page.indexOf("data-issue=\"80\""));
    }

    @Test
    void thePreviewShowsTheMarkdownAsTheMailWillAndEscapesRawHtmlWithoutSavingAnything() {
        Browser browser = administrator();
        browser.page(ISSUES + "/new");
        int posts = notification.seen("POST", "/api/newsletters/mezase-it/issues").size();

        HttpResponse<String> previewed = browser.post(ISSUES, Map.of("subject", "第99号 試し書き", "heading", "第1部 パソコン活用",
                "markdown", "**二段階認証**を設定しましょう。\n\n<script>alert(1)</script>", "action", "preview"));

        assertThat(previewed.statusCode()).isEqualTo(200);
        String preview = element(previewed.body(), "section", "id=\"preview\"");
        assertThat(preview).contains("<strong>二段階認証</strong>を設定しましょう。", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(previewed.body()).contains("value=\"第99号 試し書き\"");
        assertThat(notification.seen("POST", "/api/newsletters/mezase-it/issues")).hasSize(posts);
        HttpResponse<String> htmx = browser.post("/dashboard/newsletters/preview", Map.of("subject", "件名",
                "heading", "第2部", "markdown", "- フィッシング"));
        assertThat(htmx.body()).startsWith("<section").contains("<li>フィッシング</li>").doesNotContain("<html");
    }

    @Test
    void aDraftIsSavedAsTheNextNumberAndAnEmptyPartIsShownWhereItIs() {
        Browser browser = administrator();
        browser.page(ISSUES + "/new");

        HttpResponse<String> refused = browser.post(ISSUES, Map.of("subject", "第82号 クラウドの使い方",
                "heading", "第1部 パソコン活用", "markdown", " "));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-field=\"slot0.markdown\"").contains("value=\"第82号 クラウドの使い方\"");
        HttpResponse<String> saved = browser.post(ISSUES, Map.of("subject", "第82号 クラウドの使い方",
                "heading", "第1部 パソコン活用", "markdown", "クラウドストレージの共有設定を見直しましょう。"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/dashboard/newsletters/mezase-it/issues/\\d+");
        assertThat(notification.seen("POST", "/api/newsletters/mezase-it/issues")).last().satisfies(post -> {
            assertThat(post.body()).contains("\"subject\":\"第82号 クラウドの使い方\"",
                    "{\"heading\":\"第1部 パソコン活用\",\"markdown\":\"クラウドストレージの共有設定を見直しましょう。\"}");
            assertThat(post.subject()).isEqualTo(SignedIn.ADMIN);
        });
        String issue = browser.page(location.substring(location.indexOf("/dashboard")));
        assertThat(issue).contains("保存しました", "クラウドストレージの共有設定を見直しましょう。");
        assertThat(text(element(issue, "span", "id=\"status\""))).isEqualTo("下書き");
    }

    @Test
    void aSubmittedIssueApprovedByAReviewerIsScheduledForTheNextSendDay() {
        Browser browser = administrator();
        int number = draft(browser, "第83号 スマートフォンの設定");

        String inReview = follow(browser, ISSUES + "/" + number + "/submit", Map.of());
        assertThat(inReview).contains("査読に回しました");
        assertThat(text(element(inReview, "span", "id=\"status\""))).isEqualTo("査読中");

        String page = follow(browser, ISSUES + "/" + number + "/approve", Map.of("comment", "良い内容です"));

        assertThat(notification.status(number)).isEqualTo("SCHEDULED");
        assertThat(page).contains("承認しました");
        assertThat(text(element(page, "span", "id=\"status\""))).isEqualTo("配信予約済み");
        assertThat(text(element(page, "section", "id=\"issue-status\""))).contains("配信予定 令和4年5月15日 09:00");
        assertThat(text(element(page, "section", "id=\"reviews\""))).contains("承認", SignedIn.ADMIN, "良い内容です");
        assertThat(text(element(browser.page("/dashboard/newsletters"), "tr", "data-issue=\"" + number + "\""))).contains("配信予約済み");
    }

    @Test
    void changesAreRequestedWithACommentAndTheIssueGoesBackToDraft() {
        Browser browser = administrator();
        int number = draft(browser, "第84号 テレワークの注意点");
        follow(browser, ISSUES + "/" + number + "/submit", Map.of());

        String refused = follow(browser, ISSUES + "/" + number + "/request-changes", Map.of("comment", ""));
        assertThat(text(element(refused, "span", "data-field=\"comment\""))).isEqualTo("say what should change");
        assertThat(text(element(refused, "span", "id=\"status\""))).isEqualTo("査読中");

        String page = follow(browser, ISSUES + "/" + number + "/request-changes", Map.of("comment", "第2部に具体例を"));
        assertThat(text(element(page, "span", "id=\"status\""))).isEqualTo("下書き");
        assertThat(text(element(page, "section", "id=\"reviews\""))).contains("修正依頼", "第2部に具体例を");
    }

    @Test
    void someoneWhoIsNotAReviewerIsToldWhyTheirApprovalWasRefused() {
        Browser browser = administrator();
        int number = draft(browser, "第85号 バックアップ");
        follow(browser, ISSUES + "/" + number + "/submit", Map.of());
        notification.removeReviewer(SignedIn.ADMIN);
        try {
            String page = follow(browser, ISSUES + "/" + number + "/approve", Map.of("comment", ""));

            assertThat(text(page)).contains("you are not a reviewer of this publication");
            assertThat(text(element(page, "span", "id=\"status\""))).isEqualTo("査読中");
        } finally {
            notification.put(number, "CANCELLED");
            restoreReviewer();
        }
    }

    @Test
    void anApprovedIssueIsScheduledAtATokyoTimeAndASendingOneShowsItsProgress() {
        Browser browser = administrator();
        int number = draft(browser, "第86号 Wi-Fiの安全な使い方");
        notification.put(number, "APPROVED");

        String scheduled = follow(browser, ISSUES + "/" + number + "/schedule", Map.of("at", "2022-06-01T09:00"));

        assertThat(notification.seen("POST", "/api/newsletters/mezase-it/issues/" + number + "/schedule")).singleElement()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"at\":\"2022-06-01T09:00+09:00\"}"));
        assertThat(scheduled).contains("配信日時を設定しました");
        assertThat(text(element(scheduled, "section", "id=\"issue-status\""))).contains("配信予定 令和4年6月1日 09:00");

        notification.delivering(number, 19, 15, 1, 1, 1);
        String sending = browser.page(ISSUES + "/" + number);
        String delivery = element(sending, "section", "id=\"delivery\"");
        assertThat(text(delivery)).contains("配信先 19", "送信済み 15", "再送待ち 1", "失敗 1", "配信停止 1", "未送信 1");
        assertThat(delivery).contains("<progress class=\"delivery\" max=\"19\" value=\"17\">89%</progress>");
        assertThat(delivery).contains("hx-trigger=\"every 5s\"", "hx-get=\"/dashboard/newsletters/mezase-it/issues/" + number + "/delivery\"");
        String refreshed = browser.page(ISSUES + "/" + number + "/delivery");
        assertThat(refreshed).startsWith("<section").contains("送信済み");
    }

    private int draft(Browser browser, String subject) {
        browser.page(ISSUES + "/new");
        HttpResponse<String> saved = browser.post(ISSUES, Map.of("subject", subject, "heading", "第1部 パソコン活用",
                "markdown", "本文です。"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        browser.page(location.substring(location.indexOf("/dashboard")));
        return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Submits a form of the issue page and reads the page the browser is sent back to, as a browser does. */
    private static String follow(Browser browser, String path, Map<String, String> fields) {
        HttpResponse<String> answer = browser.post(path, fields);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return browser.page(location.substring(location.indexOf("/dashboard")));
    }

    private static void restoreReviewer() {
        notification.addReviewer(SignedIn.ADMIN);
    }
}
