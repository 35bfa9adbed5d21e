package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The secretariat at work in a real browser (the system's headless Chromium): logs in, reads the FY2022
 * budget at 938,158 in both totals, admits a company and withdraws it again, seeing the dues forecast
 * rise by 8,100円 and fall back, approves a newsletter issue, moves a seminar and then cancels it, its registrant
 * told by mail each time, drafts an activity plan and fills in its cost table, and adds a member of the roll to a
 * subcommittee and ends its participation. Screenshots go to
 * {@code target/screenshots}. Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the story
 * is skipped with a message; without the newsletters pages (issue 8, activities) its last step is. Against a
 * running stack, give the administrator's password as {@code -Dcouncilhub.stack.admin-password=...}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffDashboardBrowserStoryIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static LocalStack stack;
    static ApiClient secretariat;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser stories skipped: no " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        stack = LocalStack.startOrConnect();
        secretariat = stack.secretariat();
        Fiscal2022Council.load(secretariat);
        Files.createDirectories(SCREENSHOTS);
        browser = chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theSecretariatLogsInAndSeesTheOverviewOfTheYear() {
        open("/dashboard");
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(System.getProperty("councilhub.stack.admin-password", LocalStack.ADMIN_PASSWORD));
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().contains("/dashboard")
                && !browser.getCurrentUrl().contains("/login"));
        open("/dashboard?fy=2022");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("概要 令和4年度 (2022)");
        assertThat(browser.findElement(By.id("dues-panel")).getText()).contains("負担金見込額", "494,100円");
        screenshot("01-overview");
    }

    @Test
    @Order(2)
    void theFiscal2022BudgetReads938158InBothTotals() {
        open("/dashboard/finance?fy=2022");

        assertThat(total("budget-income")).isEqualTo("938,158");
        assertThat(total("budget-expenditure")).isEqualTo("938,158");
        assertThat(browser.findElement(By.id("budget-income")).getText()).contains("負担金", "494,100", "△ 63,900");
        screenshot("02-budget-fy2022");
    }

    @Test
    @Order(3)
    void admittingACompanyRaisesTheDuesForecastAndWithdrawingItLowersItAgain() {
        long before = Fiscal2022Council.forecast(secretariat);
        open("/dashboard/members/new");
        browser.findElement(By.name("name")).sendKeys("株式会社ブラウザ試験");
        browser.findElement(By.name("nameKana")).sendKeys("ぶらうざしけん");
        browser.findElement(By.cssSelector("select[name=category] option[value=COMPANY]")).click();
        setDate(browser.findElement(By.name("admittedOn")), "2022-04-01");
        screenshot("03-admission-form");
        browser.findElement(By.cssSelector("#admission-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().contains("/dashboard/members/"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("入会を登録しました");
        String memberPage = path(browser.getCurrentUrl());
        awaitForecastOnTheOverview(before + 8_100);
        screenshot("04-forecast-after-admission");

        open(memberPage);
        setDate(browser.findElement(By.name("withdrawnOn")), "2022-06-30");
        browser.findElement(By.name("reason")).sendKeys("ブラウザテストの退会");
        browser.findElement(By.cssSelector("#withdrawal-form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("退会を登録しました");
        assertThat(browser.findElement(By.cssSelector("#member-record .status")).getText()).isEqualTo("退会");
        screenshot("05-withdrawn");

        awaitForecastOnTheOverview(before);
        screenshot("06-forecast-after-withdrawal");
    }

    @Test
    @Order(4)
    void aReviewerApprovesANewsletterIssue() {
        String publication = "browser-story";
        if (secretariat.get("/api/newsletters/" + publication).status() != 200) {
            ok(secretariat.post("/api/newsletters", """
                    {"id":"%s","title":"ブラウザ試験便り","subcommitteeId":"sc-browser-story","reviewers":["admin"],"approvalsRequired":1}""".formatted(publication)));
        }
        open("/dashboard/newsletters");
        assumeTrue(!browser.findElements(By.cssSelector("#publication-panel, #issues-panel")).isEmpty(),
                "newsletter approval skipped: the newsletters pages (issue 8, activities) are not in this build");
        Response drafted = secretariat.post("/api/newsletters/" + publication + "/issues", """
                {"subject":"ブラウザ試験便り 創刊号","parts":[{"heading":"ごあいさつ","markdown":"協議会の**最新情報**をお届けします。"}]}""");
        ok(drafted);
        int number = drafted.json().get("number").asInt();
        ok(secretariat.post("/api/newsletters/" + publication + "/issues/" + number + "/submit", ""));

        open("/dashboard/newsletters/" + publication + "/issues/" + number);
        screenshot("07-newsletter-in-review");
        WebElement approve = browser.findElement(By.cssSelector("form.review button[type=submit]:not(.secondary)"));
        approve.click();

        await().atMost(Duration.ofSeconds(20)).until(() -> List.of("APPROVED", "SCHEDULED").contains(
                secretariat.get("/api/newsletters/" + publication + "/issues/" + number).json().get("status").asString()));
        open("/dashboard/newsletters/" + publication + "/issues/" + number);
        assertThat(browser.findElement(By.id("reviews")).getText()).contains("admin");
        screenshot("08-newsletter-approved");
    }

    @Test
    @Order(5)
    void theSecretariatMovesASeminarAndThenCancelsItAndItsRegistrantIsToldEachTime() {
        assumeTrue(stack.mail() != null, "the registrant's mail is read from a stack this story started");
        ZonedDateTime start = ZonedDateTime.now(TOKYO).plusDays(60).withHour(13).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
        String id = "m-browser-seminar-" + UUID.randomUUID().toString().substring(0, 8);
        ok(secretariat.post("/api/meetings", """
                {"id":"%s","kind":"SEMINAR","title":"ブラウザ試験セミナー","startsAt":"%s","endsAt":"%s","format":"IN_PERSON",
                 "venue":"千葉県庁本庁舎","audience":"MEMBERS"}""".formatted(id, start.toOffsetDateTime(),
                start.plusHours(2).toOffsetDateTime())));
        String registrant = "seminar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ok(secretariat.post("/api/meetings/" + id + "/registrations", """
                {"name":"登録 花子","organisation":"千葉市","email":"%s"}""".formatted(registrant)));
        awaitMail(registrant, "ブラウザ試験セミナー");

        open("/dashboard/meetings/" + id);
        LocalDate moved = start.toLocalDate().plusDays(7);
        setDate(browser.findElement(By.cssSelector("#reschedule input[name=date]")), moved.toString());
        WebElement venue = browser.findElement(By.cssSelector("#reschedule input[name=venue]"));
        venue.clear();
        venue.sendKeys("千葉市生涯学習センター");
        screenshot("09-reschedule-form");
        browser.findElement(By.cssSelector("#reschedule button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("日程を変更しました。参加登録者にお知らせします");
        assertThat(browser.findElement(By.id("meeting-panel")).getText()).contains("千葉市生涯学習センター");
        assertThat(awaitMail(registrant, "【日程変更】ブラウザ試験セミナー")).contains("千葉市生涯学習センター");

        browser.findElement(By.cssSelector("#cancel textarea[name=reason]")).sendKeys("講師の都合により");
        screenshot("10-cancel-form");
        browser.findElement(By.cssSelector("#cancel button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".cancellation-reason")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".cancellation-reason")).getText()).isEqualTo("講師の都合により");
        assertThat(browser.findElements(By.id("reschedule"))).isEmpty();
        screenshot("11-cancelled");
        assertThat(awaitMail(registrant, "【開催中止】ブラウザ試験セミナー")).contains("講師の都合により");
    }

    @Test
    @Order(6)
    void theSecretariatDraftsAPlanFillsInItsCostTableAndRevisesItsOutlineAndSchedule() {
        String subcommittee = "sc-browser-" + UUID.randomUUID().toString().substring(0, 8);
        ok(secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"ブラウザ試験部会","establishedOn":"2022-04-01",
                 "representative":{"memberId":"member-%s","organisation":"千葉市","person":"代表 一郎"}}"""
                .formatted(subcommittee, subcommittee)));
        open("/dashboard/subcommittees?fy=2022");
        browser.findElement(By.cssSelector("#new-plan summary")).click();
        browser.findElement(By.cssSelector("#new-plan select[name=subcommitteeId] option[value='" + subcommittee + "']")).click();
        browser.findElement(By.cssSelector("#new-plan input[name=theme]")).sendKeys("ブラウザ試験");
        browser.findElement(By.cssSelector("#new-plan button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("edit-estimate")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("活動企画書（下書き）を作成しました");

        browser.findElement(By.id("edit-estimate")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("#estimate-form tbody tr"));
        assertThat(rows).as("no items yet: three empty rows").hasSize(3);
        WebElement first = rows.get(0);
        first.findElement(By.name("description")).sendKeys("旅費");
        first.findElement(By.name("unitPrice")).sendKeys("2000");
        first.findElement(By.name("people")).sendKeys("3");
        WebElement second = rows.get(1);
        second.findElement(By.name("heading")).sendKeys("外部講師");
        second.findElement(By.name("description")).sendKeys("講師謝金");
        second.findElement(By.name("unitPrice")).sendKeys("30,000");
        second.findElement(By.name("times")).sendKeys("2");
        screenshot("12-estimate-editor");
        browser.findElement(By.cssSelector("#estimate-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("経費見積を保存しました");
        assertThat(browser.findElement(By.id("estimate-total")).getText()).isEqualTo("66,000円");
        assertThat(browser.findElement(By.id("cost-estimate")).getText()).contains("講師謝金", "2回");
        screenshot("13-estimate-saved");

        browser.findElement(By.id("edit-outline")).click();
        WebElement theme = browser.findElement(By.cssSelector("#outline-form input[name=theme]"));
        theme.clear();
        theme.sendKeys("ブラウザ試験の改訂");
        browser.findElement(By.cssSelector("#outline-form textarea[name=background]")).sendKeys("背景を書きました。");
        WebElement section = browser.findElements(By.cssSelector("#outline-form .section-row")).get(0);
        section.findElement(By.name("sectionTitle")).sendKeys("事前調査");
        section.findElement(By.name("sectionText")).sendKeys("先行事例を調べます。");
        browser.findElement(By.cssSelector("#outline-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("活動企画書の概要を保存しました");
        assertThat(browser.findElement(By.id("plan-summary")).getText()).contains("ブラウザ試験の改訂");
        assertThat(browser.findElement(By.id("plan-background")).getText()).contains("背景を書きました。", "事前調査", "先行事例を調べます。");
        assertThat(browser.findElement(By.id("estimate-total")).getText()).as("the costs stay").isEqualTo("66,000円");
        screenshot("13b-outline-saved");

        browser.findElement(By.id("edit-schedule")).click();
        WebElement meetings = browser.findElement(By.cssSelector("#schedule-form tr[data-row='0']"));
        meetings.findElement(By.cssSelector("input[name='rows[0].title']")).sendKeys("検討部会");
        meetings.findElement(By.cssSelector("input[name='rows[0].months'][value='7']")).click();
        meetings.findElement(By.cssSelector("input[name='rows[0].months'][value='10']")).click();
        screenshot("13c-schedule-editor");
        browser.findElement(By.cssSelector("#schedule-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("活動予定を保存しました");
        assertThat(browser.findElement(By.id("plan-schedule")).getText()).contains("検討部会", "7月・10月");
        assertThat(browser.findElement(By.id("comparison")).getText()).contains("7月・10月、2回計画");
        screenshot("13d-schedule-saved");

        browser.findElement(By.id("edit-comparison")).click();
        WebElement meetingsRow = browser.findElement(By.cssSelector("#comparison-form tr[data-row='2']"));
        assertThat(meetingsRow.findElement(By.cssSelector("textarea[name='rows[2].thisYear']")).getAttribute("placeholder"))
                .as("a derived row shows what it derives").isEqualTo("7月・10月、2回計画");
        WebElement survey = browser.findElement(By.cssSelector("#comparison-form tr[data-row='4']"));
        survey.findElement(By.cssSelector("input[name='rows[4].heading']")).sendKeys("アンケート");
        survey.findElement(By.cssSelector("textarea[name='rows[4].lastYear']")).sendKeys("実施せず");
        survey.findElement(By.cssSelector("textarea[name='rows[4].thisYear']")).sendKeys("12月に会員へ実施");
        screenshot("13e-comparison-editor");
        browser.findElement(By.cssSelector("#comparison-form button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("前年度との比較を保存しました");
        assertThat(browser.findElement(By.id("comparison")).getText())
                .contains("アンケート", "実施せず", "12月に会員へ実施", "7月・10月、2回計画", "活動費合計");
        screenshot("13f-comparison-saved");

        // The same editor in English (the language is a cookie: Japanese again afterwards)
        String editor = browser.findElement(By.id("edit-comparison")).getAttribute("href");
        browser.get(editor + "?lang=en");
        assertThat(browser.getTitle()).startsWith("Edit the comparison with last year");
        assertThat(new Select(browser.findElement(By.name("rows[2].source"))).getFirstSelectedOption().getText())
                .isEqualTo("Meetings (derived)");
        assertThat(new Select(browser.findElement(By.name("rows[4].source"))).getFirstSelectedOption().getText())
                .isEqualTo("As entered");
        assertThat(browser.findElement(By.name("rows[4].heading")).getAttribute("value")).isEqualTo("アンケート");
        screenshot("13g-comparison-editor-en");
        browser.get(editor + "?lang=ja");
        assertThat(browser.getTitle()).startsWith("前年度実績との比較の編集");
    }

    @Test
    @Order(7)
    void theSecretariatAddsAMemberOfTheRollToASubcommitteeAndEndsItsParticipation() {
        String subcommittee = "sc-members-" + UUID.randomUUID().toString().substring(0, 8);
        ok(secretariat.post("/api/subcommittees", """
                {"id":"%s","kind":"SUBCOMMITTEE","name":"ブラウザ参加試験部会","establishedOn":"2022-04-01",
                 "representative":{"memberId":"member-%s","organisation":"千葉大学","person":"代表 二郎"}}"""
                .formatted(subcommittee, subcommittee)));

        open("/dashboard/subcommittees/" + subcommittee);
        browser.findElement(By.xpath("//section[@id='add-participant']//select[@name='memberId']/option[text()='千葉大学']"))
                .click();
        browser.findElement(By.cssSelector("#add-participant input[name=person]")).sendKeys("千葉 三郎");
        setDate(browser.findElement(By.cssSelector("#add-participant input[name=joinedOn]")), "2022-05-01");
        browser.findElement(By.cssSelector("#add-participant button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.cssSelector(".flash")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("参加団体を追加しました");
        WebElement row = browser.findElement(By.cssSelector("#participants tbody tr"));
        assertThat(row.getText()).contains("千葉大学", "千葉 三郎", "令和4年5月1日");
        screenshot("14-participant-added");

        setDate(row.findElement(By.name("leftOn")), "2022-12-31");
        row.findElement(By.name("reason")).sendKeys("担当替え");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.findElements(By.cssSelector("#participants form.leaving")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#participants tbody tr")).getText()).contains("令和4年12月31日（担当替え）");
        screenshot("15-participation-ended");
    }

    /** The text of the first mail to {@code to} whose subject contains {@code subject}, once it has arrived. */
    private static String awaitMail(String to, String subject) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (MimeMessage message : stack.mail().getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().contains(to))
                        && message.getSubject().contains(subject)) {
                    return String.valueOf(message.getContent());
                }
            }
            return null;
        }, body -> body != null);
    }

    private static void awaitForecastOnTheOverview(long expected) {
        String figure = String.format("%,d円", expected);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            open("/dashboard?fy=2022");
            assertThat(browser.findElement(By.cssSelector("#dues-panel dd.forecast")).getText()).isEqualTo(figure);
        });
    }

    /** The 本年度 figure of a section's 合計 row. */
    private static String total(String table) {
        List<WebElement> cells = browser.findElements(By.cssSelector("#" + table + " tr.total td"));
        return cells.get(2).getText();
    }

    private static void open(String path) {
        browser.get(stack.gatewayUrl() + path);
    }

    private static String path(String url) {
        return url.substring(stack.gatewayUrl().length());
    }

    /** A date input takes the browser's locale format when typed; set its ISO value as the form posts it. */
    private static void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private static void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    private static WebDriver chromium() throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "tmp")), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
