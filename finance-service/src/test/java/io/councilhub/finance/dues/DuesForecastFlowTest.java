package io.councilhub.finance.dues;

import io.councilhub.chassis.outbox.TestEvents;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dues forecast as membership's events move it, over a real broker and store. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class DuesForecastFlowTest extends ServiceApiTest {

    private static final String FY2022_RATES = """
            {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}""";

    @BeforeEach
    void rates() {
        assertThat(secretariat.put("/api/finance/fiscal-years/2022/dues-schedule", FY2022_RATES).status()).isEqualTo(200);
    }

    @Test
    void theSeedRosterOwes494100AndWithdrawingAMunicipalityMakesIt486000() {
        List<String> municipalities = admitSeedRoster();
        awaitTotal(494_100);

        JsonNode forecast = forecast();
        assertThat(forecast.get("label").asString()).isEqualTo("令和4年度");
        assertThat(forecast.get("total").asString()).isEqualTo("494,100円");
        assertThat(line(forecast, "MUNICIPALITY").get("members").asLong()).isEqualTo(38);
        assertThat(line(forecast, "MUNICIPALITY").get("rateYen").asLong()).isEqualTo(8_100);
        assertThat(line(forecast, "MUNICIPALITY").get("amountYen").asLong()).isEqualTo(307_800);
        assertThat(line(forecast, "PREFECTURE").get("amountYen").asLong()).isEqualTo(16_200);
        assertThat(line(forecast, "COMPANY").get("members").asLong()).isEqualTo(21);

        String withdrawal = UUID.randomUUID().toString();
        MemberWithdrawn withdrawn = new MemberWithdrawn(municipalities.get(0), "長南町", MemberCategory.MUNICIPALITY,
                LocalDate.of(2022, 9, 30), "退会届の受理");
        infrastructure.publish(withdrawn, withdrawal);
        awaitTotal(486_000);

        infrastructure.publish(withdrawn, withdrawal);
        admit("城西国際大学", MemberCategory.ACADEMIA, LocalDate.of(2013, 5, 27));
        await().atMost(Duration.ofSeconds(30)).until(() -> line(forecast(), "ACADEMIA").get("members").asLong() == 2);
        assertThat(forecast().get("totalYen").asLong()).isEqualTo(486_000);
        assertThat(line(forecast(), "MUNICIPALITY").get("members").asLong()).isEqualTo(37);
    }

    @Test
    void aWithdrawalInAnEarlierYearAndAnAdmissionAfterTheYearAreNotCounted() {
        String tomisato = admit("富里市", MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27));
        infrastructure.publish(new MemberWithdrawn(tomisato, "富里市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2021, 11, 9), "退会届の受理"), UUID.randomUUID().toString());
        admit("株式会社デモ情報システム", MemberCategory.COMPANY, LocalDate.of(2023, 4, 1));
        admit("千葉県", MemberCategory.PREFECTURE, LocalDate.of(2013, 5, 27));

        awaitTotal(16_200);
        assertThat(line(forecast(), "MUNICIPALITY").get("members").asLong()).isZero();
        assertThat(line(forecast(), "COMPANY").get("members").asLong()).isZero();

        assertThat(secretariat.put("/api/finance/fiscal-years/2023/dues-schedule", FY2022_RATES).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                secretariat.get("/api/finance/fiscal-years/2023/dues-forecast").json().get("totalYen").asLong() == 24_300);
    }

    @Test
    void theContractSamplesAreAccepted() throws Exception {
        infrastructure.publish(TestEvents.record(EventCatalogue.MEMBER_ADMITTED, "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11",
                sample(EventCatalogue.MEMBER_ADMITTED.samplePath()), UUID.randomUUID().toString()));
        awaitTotal(8_100);
        infrastructure.publish(TestEvents.record(EventCatalogue.MEMBER_WITHDRAWN, "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11",
                sample(EventCatalogue.MEMBER_WITHDRAWN.samplePath()).replace("0d4e8b62-91c3-4f0a-b5d7-6a2c9e1f3b80",
                        "6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11"), UUID.randomUUID().toString()));
        awaitTotal(0);
    }

    @Test
    void ratesAndForecastCheckTheirInputAndRoles() {
        Response missing = secretariat.put("/api/finance/fiscal-years/2022/dues-schedule", """
                {"rates":{"PREFECTURE":16200}}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).startsWith("rates.");

        Response negative = secretariat.put("/api/finance/fiscal-years/2022/dues-schedule", FY2022_RATES.replace("8100", "-1"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("rates.MUNICIPALITY");

        Response notAYear = secretariat.get("/api/finance/fiscal-years/R4/dues-forecast");
        assertThat(notAYear.status()).isEqualTo(400);
        assertThat(notAYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(notAYear.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a fiscal year such as 2022");
        assertThat(secretariat.get("/api/finance/fiscal-years/20222/dues-forecast").status()).isEqualTo(400);

        Response noSchedule = secretariat.get("/api/finance/fiscal-years/2030/dues-forecast");
        assertThat(noSchedule.status()).isEqualTo(404);
        assertThat(noSchedule.isProblem()).isTrue();

        assertThat(secretariat.get("/api/finance/fiscal-years/2022/dues-schedule").json().get("rates").get("PREFECTURE").asLong())
                .isEqualTo(16_200);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).get("/api/finance/fiscal-years/2022/dues-forecast").status())
                .isEqualTo(200);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).put("/api/finance/fiscal-years/2022/dues-schedule", FY2022_RATES)
                .status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.member("x")).get("/api/finance/fiscal-years/2022/dues-forecast").status())
                .isEqualTo(403);
    }

    private List<String> admitSeedRoster() {
        admit("千葉県", MemberCategory.PREFECTURE, LocalDate.of(2013, 5, 27));
        List<String> municipalities = new ArrayList<>();
        for (int i = 1; i <= 38; i++) {
            municipalities.add(admit("市町村" + i, MemberCategory.MUNICIPALITY, LocalDate.of(2013, 5, 27)));
        }
        for (int i = 1; i <= 21; i++) {
            admit("民間企業" + i, MemberCategory.COMPANY, LocalDate.of(2016, 4, 1));
        }
        admit("千葉大学", MemberCategory.ACADEMIA, LocalDate.of(2013, 5, 27));
        admit("Code for NAGAREYAMA", MemberCategory.ORGANIZATION, LocalDate.of(2019, 1, 21));
        return municipalities;
    }

    private String admit(String name, MemberCategory category, LocalDate on) {
        String id = UUID.randomUUID().toString();
        infrastructure.publish(new MemberAdmitted(id, name, category, on), UUID.randomUUID().toString());
        return id;
    }

    private JsonNode forecast() {
        Response response = secretariat.get("/api/finance/fiscal-years/2022/dues-forecast");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void awaitTotal(long yen) {
        await().atMost(Duration.ofSeconds(60)).until(() -> forecast().get("totalYen").asLong() == yen);
    }

    private static JsonNode line(JsonNode forecast, String category) {
        for (JsonNode line : forecast.get("lines")) {
            if (line.get("category").asString().equals(category)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + category);
    }

    private static String sample(String path) throws Exception {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
