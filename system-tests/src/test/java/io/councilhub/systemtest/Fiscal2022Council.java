package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The council of the FY2022 packet as far as the dashboard's browser story needs it, loaded through the
 * gateway's API as the devstack's DemoData loads it: dues rates, a roll owing 494,100円 (県 1, 市町村 38,
 * 民間企業 21), the FY2021 budget adopted and its settlement closed (carry-forward 428,054円), and the FY2022
 * draft budget balancing at 938,158円. On a stack that already has a FY2022 budget (the devstack), nothing is loaded.
 */
final class Fiscal2022Council {

    static final long FORECAST = 494_100;
    static final long BUDGET_TOTAL = 938_158;
    private static final String RATES = """
            {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}""";

    private Fiscal2022Council() {
    }

    static void load(ApiClient secretariat) {
        if (secretariat.get("/api/finance/fiscal-years/2022/budget").status() == 200) {
            return;
        }
        for (int year : new int[] {2021, 2022}) {
            ok(secretariat.put("/api/finance/fiscal-years/" + year + "/dues-schedule", RATES));
        }
        admit(secretariat, "千葉県", "PREFECTURE");
        for (int i = 1; i <= 38; i++) {
            admit(secretariat, "ブラウザテスト町" + i, "MUNICIPALITY");
        }
        for (int i = 1; i <= 21; i++) {
            admit(secretariat, "ブラウザテスト株式会社" + i, "COMPANY");
        }
        admit(secretariat, "千葉大学", "ACADEMIA");
        await().atMost(Duration.ofSeconds(90)).until(() -> forecast(secretariat) == FORECAST);

        ok(secretariat.post("/api/finance/fiscal-years/2021/budget", ""));
        String[][] lines2021 = {
                {"INCOME", "負担金", "558000"}, {"INCOME", "雑収入", "10005"}, {"INCOME", "前期繰越金", "299872"},
                {"EXPENDITURE", "会議費", "254000"}, {"EXPENDITURE", "講演関係費", "192000"},
                {"EXPENDITURE", "事務局費", "163000"}, {"EXPENDITURE", "企画活動費", "258000"},
                {"EXPENDITURE", "雑費・予備費", "877"}};
        int income = 0;
        int expenditure = 0;
        for (String[] line : lines2021) {
            int position = line[0].equals("INCOME") ? ++income : ++expenditure;
            ok(secretariat.put("/api/finance/budgets/budget-2021-v1/lines", """
                    {"section":"%s","account":"%s","amount":%s,"basis":"ENTERED","position":%d}"""
                    .formatted(line[0], line[1], line[2], position)));
        }
        ok(secretariat.post("/api/finance/budgets/budget-2021-v1/proposal", "{\"proposedOn\":\"2021-05-10\"}"));
        ok(secretariat.post("/api/finance/budgets/budget-2021-v1/adoption", "{\"adoptedOn\":\"2021-05-28\"}"));
        String[][] entries = {
                {"receipts", "2021-06-30", "負担金", "558000"}, {"receipts", "2022-03-31", "雑収入", "10005"},
                {"payments", "2021-05-28", "会議費", "120000"}, {"payments", "2022-02-10", "講演関係費", "98000"},
                {"payments", "2022-03-31", "事務局費", "158823"}, {"payments", "2021-10-01", "企画活動費", "63000"}};
        for (String[] entry : entries) {
            ok(secretariat.post("/api/finance/ledger/" + entry[0], """
                    {"date":"%s","account":"%s","amount":%s,"description":"令和3年度"}""".formatted(entry[1], entry[2], entry[3])));
        }
        ok(secretariat.post("/api/finance/fiscal-years/2021/settlement/closing", "{\"closedOn\":\"2022-05-27\"}"));

        ok(secretariat.post("/api/finance/fiscal-years/2022/budget", ""));
        String[][] lines2022 = {
                {"INCOME", "雑収入", "16004", "情報通信月間行事援助金・預金利息"},
                {"EXPENDITURE", "会議費", "385200", "会場費利用費等"},
                {"EXPENDITURE", "講演関係費", "71000", "外部講師謝礼、交通経費等"},
                {"EXPENDITURE", "事務局費", "160322", "協議会Webサーバ・システム利用料、振込手数料等"},
                {"EXPENDITURE", "企画活動費", "265000", "部会活動助成費(2部会)"},
                {"EXPENDITURE", "雑費・予備費", "56636", "パソコン等廃棄処分費"}};
        for (String[] line : lines2022) {
            ok(secretariat.put("/api/finance/budgets/budget-2022-v1/lines", """
                    {"section":"%s","account":"%s","amount":%s,"note":"%s"}""".formatted(line[0], line[1], line[2], line[3])));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> secretariat.get("/api/finance/fiscal-years/2022/budget").json()
                .get("income").get("total").get("amount").asLong() == BUDGET_TOTAL);
    }

    static long forecast(ApiClient secretariat) {
        Response forecast = secretariat.get("/api/finance/fiscal-years/2022/dues-forecast");
        return forecast.status() == 200 ? forecast.json().get("totalYen").asLong() : -1;
    }

    private static void admit(ApiClient secretariat, String name, String category) {
        ok(secretariat.post("/api/members", """
                {"name":"%s","category":"%s","admittedOn":"2019-04-01"}""".formatted(name, category)));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }
}
