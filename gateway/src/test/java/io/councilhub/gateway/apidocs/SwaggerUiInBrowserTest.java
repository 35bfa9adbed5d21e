package io.councilhub.gateway.apidocs;

import io.councilhub.gateway.testing.StandInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A developer opens the API reference and the event catalogue in a real browser: the Swagger UI renders and lists the
 * membership service's operations, with no Content-Security-Policy violation in the browser's log. Only the Swagger UI
 * page gets inline styles (its React components need them); every other response keeps the strict policy. The
 * browser part runs in the system's headless Chromium and is skipped with a message where there is none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static final StandInService membership = StandInService.start().on("/v3/api-docs", exchange ->
            StandInService.respond(exchange, 200, "application/json", """
                    {"openapi":"3.1.0","info":{"title":"councilhub membership-service","version":"v1"},
                     "paths":{"/api/members":{"get":{"operationId":"search","summary":"Search the roll",
                       "responses":{"200":{"description":"a page of members"}}}},
                      "/api/members/{id}/contacts":{"get":{"operationId":"contacts","summary":"A member's contacts",
                       "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
                       "responses":{"200":{"description":"the contacts"}}}}}}"""));
    static final String down = "http://localhost:" + closedPort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", membership::url);
        for (String service : List.of("FINANCE_URL", "EVENTS_URL", "SUBCOMMITTEE_URL", "NOTIFICATION_URL")) {
            registry.add(service, () -> down);
        }
    }

    @AfterAll
    static void stop() {
        membership.close();
    }

    @Test
    void onlyTheSwaggerUiPageAllowsInlineStylesAndNoPageAllowsInlineScripts() {
        String docs = csp("/docs/api");
        assertThat(directive(docs, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
        assertThat(directive(docs, "script-src")).isEqualTo("script-src 'self'");
        assertThat(directive(docs, "img-src")).isEqualTo("img-src 'self' data:");
        assertThat(docs).contains("frame-ancestors 'none'", "object-src 'none'");

        for (String path : List.of("/docs/events", "/docs/asyncapi.json", "/docs/api/membership/openapi.json", "/login",
                "/webjars/swagger-ui/" + new org.webjars.WebJarVersionLocator().version("swagger-ui") + "/swagger-ui.css")) {
            String strict = csp(path);
            assertThat(directive(strict, "style-src")).as(path).isEqualTo("style-src 'self'");
            assertThat(directive(strict, "script-src")).as(path).isEqualTo("script-src 'self'");
        }
    }

    @Test
    void theSwaggerUiListsTheOperationsInARealBrowserWithoutAPolicyViolation() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser check skipped: no " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        WebDriver browser = chromium();
        try {
            browser.get("http://localhost:" + port + "/docs/api");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(page ->
                    page.findElements(By.cssSelector(".opblock-summary-path")).size() >= 2);
            List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                    .map(element -> element.getAttribute("data-path")).toList();
            assertThat(paths).contains("/api/members", "/api/members/{id}/contacts");
            assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("councilhub membership-service");
            assertThat(violations(browser)).as("CSP violations on /docs/api").isEmpty();

            browser.get("http://localhost:" + port + "/docs/events");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(page ->
                    !page.findElements(By.cssSelector("main")).isEmpty());
            assertThat(violations(browser)).as("CSP violations on /docs/events").isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static List<String> violations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    private String csp(String path) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    private static WebDriver chromium() throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
