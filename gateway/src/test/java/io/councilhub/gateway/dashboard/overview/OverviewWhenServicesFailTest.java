package io.councilhub.gateway.dashboard.overview;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static io.councilhub.gateway.dashboard.Pages.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down, one that hangs and one that fails each get a clear notice in their panels, while
 * the other panels show their figures; a failing service's circuit opens and it is left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.timelimiter.instances.events.timeout-duration=500ms",
        "resilience4j.circuitbreaker.instances.finance.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.instances.finance.sliding-window-size=4",
        "resilience4j.circuitbreaker.instances.finance.wait-duration-in-open-state=60s"})
class OverviewWhenServicesFailTest extends DashboardPageTest {

    static final String MEMBERSHIP_DOWN = ServiceStandIn.downUrl();
    static final ServiceStandIn finance = ServiceStandIn.start()
            .answer("GET /api/finance/fiscal-years/2022/dues-roll", 503, "text/plain", "unavailable")
            .answer("GET /api/finance/fiscal-years/2022/dues-forecast", 503, "text/plain", "unavailable")
            .answer("GET /api/finance/fiscal-years/2022/ledger", 503, "text/plain", "unavailable");
    static final ServiceStandIn events = ServiceStandIn.start()
            .hang("GET /api/meetings");
    static final ServiceStandIn notification = ServiceStandIn.start()
            .resource("GET /api/newsletters", "notification/newsletters.json")
            .resource("GET /api/newsletters/mezase-it/issues", "notification/issues.json")
            .resource("GET /api/newsletters/mezase-it/issues/80/delivery", "notification/delivery-80.json");

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).url("MEMBERSHIP_URL", () -> MEMBERSHIP_DOWN).finance(finance).events(events)
                .notification(notification);
    }

    @Test
    void eachUnreachableServiceGetsItsNoticeWhileTheNewsletterPanelStillShowsItsFigures() {
        long started = System.nanoTime();
        String page = administrator().page("/dashboard?fy=2022");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(section(page, "members-panel")).contains("会員サービスに接続できません");
        assertThat(section(page, "dues-panel")).contains("財務サービスに接続できません");
        assertThat(section(page, "budget-panel")).contains("財務サービスに接続できません");
        assertThat(section(page, "meetings-panel")).contains("会議サービスに接続できません");
        assertThat(section(page, "proposals-panel")).contains("会議サービスに接続できません");
        assertThat(section(page, "newsletter-panel")).contains("めざせIT 第80号", "1,240").doesNotContain("接続できません");
    }

    @Test
    void theNoticeReadsInEnglishToo() {
        String page = administrator().page("/dashboard?fy=2022&lang=en");

        assertThat(section(page, "dues-panel")).contains("Cannot reach the finance service");
        assertThat(section(page, "members-panel")).contains("Cannot reach the membership service");
    }

    @Test
    void aFailingServicesCircuitOpensAndThePageStopsCallingIt() {
        Browser browser = administrator();
        for (int i = 0; i < 3; i++) {
            browser.page("/dashboard?fy=2022");
        }
        assertThat(circuitBreakers.circuitBreaker("finance").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsWhenOpen = finance.seen().size();

        String page = browser.page("/dashboard?fy=2022");

        assertThat(section(page, "dues-panel")).contains("財務サービスに接続できません");
        assertThat(finance.seen()).hasSize(callsWhenOpen);
    }
}
