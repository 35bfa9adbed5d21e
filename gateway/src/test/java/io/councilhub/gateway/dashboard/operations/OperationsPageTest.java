package io.councilhub.gateway.dashboard.operations;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat sees each service's health and dead letters, with finance down and subcommittee not ready, and
 * replays a dead letter from the page.
 */
class OperationsPageTest extends DashboardPageTest {

    static final String UP = "{\"status\":\"UP\"}";
    static final String NOTIFICATION_DLQ = "/api/ops/dead-letters/council.membership.v1.notification.dlq/2/17/replay";
    static final String EVENTS_DLQ = "/api/ops/dead-letters/council.membership.v1.events.dlq/4/5/replay";

    static final ServiceStandIn membership = healthy().resource("GET /api/ops/dead-letters?limit=20", "activities/ops/no-dead-letters.json")
            .resource("GET /api/ops/dead-letters?limit=1", "activities/ops/no-dead-letters.json");
    static final ServiceStandIn events = healthy().resource("GET /api/ops/dead-letters?limit=20", "activities/ops/events-dead-letters.json")
            .resource("GET /api/ops/dead-letters?limit=1", "activities/ops/events-dead-letters.json")
            .answer("POST " + EVENTS_DLQ, 409, "application/problem+json",
                    "{\"type\":\"https://councilhub.io/problems/dead-letter-already-replayed\",\"status\":409,"
                            + "\"detail\":\"dead letter council.membership.v1.events.dlq/4/5 was already replayed\","
                            + "\"rule\":\"dead-letter-already-replayed\"}");
    static final ServiceStandIn subcommittee = ServiceStandIn.start()
            .answer("GET /actuator/health/readiness", 503, "application/json", "{\"status\":\"OUT_OF_SERVICE\"}")
            .resource("GET /api/ops/dead-letters?limit=20", "activities/ops/no-dead-letters.json")
            .resource("GET /api/ops/dead-letters?limit=1", "activities/ops/no-dead-letters.json");
    static final ServiceStandIn notification = healthy()
            .resource("GET /api/ops/dead-letters?limit=20", "activities/ops/notification-dead-letters.json")
            .resource("GET /api/ops/dead-letters?limit=1", "activities/ops/notification-dead-letters.json")
            .resource("POST " + NOTIFICATION_DLQ, "activities/ops/replay.json");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership).url("FINANCE_URL", ServiceStandIn::downUrl).events(events)
                .subcommittee(subcommittee).notification(notification);
    }

    @Test
    void eachServicesHealthAndDeadLettersShowWhileFinanceIsDown() {
        String page = administrator().page("/dashboard/operations");

        assertThat(text(element(page, "tr", "data-service=\"membership\""))).contains("会員サービス", "稼働中", "0");
        assertThat(text(element(page, "tr", "data-service=\"finance\""))).contains("財務サービス", "応答なし");
        assertThat(text(element(page, "tr", "data-service=\"subcommittee\""))).contains("部会サービス", "応答なし");
        assertThat(text(element(page, "tr", "data-service=\"notification\""))).contains("通知サービス", "稼働中", "1");
        assertThat(text(element(page, "section", "id=\"finance\""))).contains("財務サービスに接続できません");
        assertThat(text(element(page, "section", "id=\"membership\""))).contains("配信不能メッセージはありません");
        String waiting = element(page, "tr", "data-event-id=\"0f1c9a7e-5d4b-4c59-9a51-1b2d3e4f5a6b\"");
        assertThat(text(waiting)).contains("令和4年6月1日 10:15", "MemberContactsChanged.v1", "council.membership.v1",
                "m-ichikawa", "451 4.3.0 mailbox temporarily unavailable", "council.membership.v1.notification.dlq / 2 / 17", "再投入");
        assertThat(waiting).contains("action=\"/dashboard/operations/dead-letters/notification/replay\"", "name=\"_csrf\"");
        String replayed = element(page, "tr", "data-event-id=\"7a0c5e2d-1111-4222-8333-944455556666\"");
        assertThat(text(replayed)).contains("再投入済み");
        assertThat(replayed).doesNotContain("<form");
        assertThat(notification.seen("GET", "/api/ops/dead-letters")).allSatisfy(seen ->
                assertThat(SignedIn.relayed(seen.authorization()).getClaimAsStringList("roles")).contains("SECRETARIAT"));
    }

    @Test
    void theReplayButtonReachesTheServiceWithTheDeadLettersPosition() {
        Browser browser = administrator();
        browser.page("/dashboard/operations");

        HttpResponse<String> replayed = browser.post("/dashboard/operations/dead-letters/notification/replay",
                Map.of("topic", "council.membership.v1.notification.dlq", "partition", "2", "offset", "17"));

        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(notification.seen("POST", NOTIFICATION_DLQ)).singleElement()
                .satisfies(post -> assertThat(SignedIn.relayed(post.authorization()).getSubject()).isEqualTo(SignedIn.ADMIN));
        assertThat(browser.page("/dashboard/operations"))
                .contains("再投入しました（council.membership.v1.notification.dlq / 2 / 17）");
    }

    @Test
    void aReplayTheServiceRefusesSaysWhy() {
        Browser browser = administrator();
        browser.page("/dashboard/operations");

        browser.post("/dashboard/operations/dead-letters/events/replay",
                Map.of("topic", "council.membership.v1.events.dlq", "partition", "4", "offset", "5"));

        assertThat(text(browser.page("/dashboard/operations"))).contains("再投入できませんでした（council.membership.v1.events.dlq / 4 / 5）",
                "dead letter council.membership.v1.events.dlq/4/5 was already replayed");
    }

    @Test
    void aReplayWithoutTheFormsTokenIsRefused() {
        Browser browser = administrator();
        browser.page("/dashboard/operations");

        HttpResponse<String> forged = browser.post("/dashboard/operations/dead-letters/notification/replay",
                Map.of("_csrf", "forged", "topic", "council.membership.v1.notification.dlq", "partition", "2", "offset", "17"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(notification.seen("POST", NOTIFICATION_DLQ)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theOverviewsDeadLetterPanelCountsWhatWaitsOverEveryServiceAndNamesTheOneDown() {
        String summary = administrator().page("/dashboard/operations/dead-letters/summary");

        assertThat(text(element(summary, "p", "class=\"figure"))).isEqualTo("未処理 2件");
        assertThat(text(element(summary, "li", "data-service=\"notification\""))).isEqualTo("通知サービス 未処理 1件");
        assertThat(text(element(summary, "li", "data-service=\"events\""))).isEqualTo("会議サービス 未処理 1件");
        assertThat(text(element(summary, "p", "data-service=\"finance\""))).isEqualTo("財務サービスに接続できません");
        assertThat(administrator().page("/dashboard"))
                .contains("hx-get=\"/dashboard/operations/dead-letters/summary\"");
    }

    private static ServiceStandIn healthy() {
        return ServiceStandIn.start().json("GET /actuator/health/readiness", UP);
    }
}
