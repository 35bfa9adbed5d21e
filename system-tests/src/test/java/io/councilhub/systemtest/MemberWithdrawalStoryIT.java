package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first story through the gateway: the secretariat sets FY2022 dues, admits the seed's roster
 * and sees 494,100円 forecast; withdrawing a municipality makes it 486,000円; withdrawing it again
 * is refused and changes nothing.
 */
class MemberWithdrawalStoryIT extends Story {

    @Test
    void withdrawingAMunicipalityLowersTheFy2022DuesForecastBy8100AndOnlyOnce() {
        assertThat(stack.anonymous().get("/api/members").status()).isEqualTo(401);
        Response rates = secretariat.put("/api/finance/fiscal-years/2022/dues-schedule", """
                {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}""");
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        long before = total();

        admit("千葉県", "PREFECTURE");
        List<String> municipalities = new ArrayList<>();
        for (int i = 1; i <= 38; i++) {
            municipalities.add(admit("システムテスト町" + i, "MUNICIPALITY"));
        }
        for (int i = 1; i <= 21; i++) {
            admit("システムテスト株式会社" + i, "COMPANY");
        }
        admit("千葉大学", "ACADEMIA");
        awaitTotal(before + 494_100);

        Response withdrawn = secretariat.post("/api/members/" + municipalities.get(0) + "/withdrawal", """
                {"withdrawnOn":"2022-09-30","reason":"退会届の受理"}""");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        awaitTotal(before + 486_000);

        Response again = secretariat.post("/api/members/" + municipalities.get(0) + "/withdrawal", """
                {"withdrawnOn":"2022-10-01","reason":"二重送信"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(secretariat.get("/api/members/" + municipalities.get(0)).json().get("withdrawnOn").asString())
                .isEqualTo("2022-09-30");

        long academiaBefore = members("ACADEMIA");
        admit("城西国際大学", "ACADEMIA");
        await().atMost(Duration.ofSeconds(60)).until(() -> members("ACADEMIA") == academiaBefore + 1);
        assertThat(total()).isEqualTo(before + 486_000);
    }

    private static String admit(String name, String category) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"%s","admittedOn":"2019-04-01"}""".formatted(name, category));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static JsonNode forecast() {
        Response response = secretariat.get("/api/finance/fiscal-years/2022/dues-forecast");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static long total() {
        return forecast().get("totalYen").asLong();
    }

    private static long members(String category) {
        for (JsonNode line : forecast().get("lines")) {
            if (line.get("category").asString().equals(category)) {
                return line.get("members").asLong();
            }
        }
        return 0;
    }

    private static void awaitTotal(long yen) {
        await().atMost(Duration.ofSeconds(90)).until(() -> total() == yen);
    }
}
