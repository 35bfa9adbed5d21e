package io.councilhub.finance.budget;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 議案7 令和4年度収支予算: the packet's budget table comes out line for line. FY2021's budget is adopted and its
 * settlement closed (carrying 428,054 forward); the FY2022 roll arrives as membership's events, the two
 * subcommittee plans as subcommittee-service's; the secretariat enters the other lines; the dues line, the
 * carry-forward and the planning line are derived. Then the general assembly approves proposal 7.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS) // its own roll and years: no context shared with another class
class SeedBudgetTableTest {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Test
    void theFiscal2022BudgetTableComesOutAsThePacketPrintsItAndProposal7AdoptsItOnce() throws Exception {
        ApiClient secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        adoptFiscal2021AndCloseItsSettlement(secretariat);

        ok(secretariat.put("/api/finance/fiscal-years/2022/dues-schedule", """
                {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}"""));
        admitSeedRoster();
        infrastructure.publish(new ActivityPlanApproved("plan-2022-dx-literacy", "sc-dx-literacy", "DXリテラシー向上対策部会",
                2022, 155_000, LocalDate.of(2022, 5, 27)), UUID.randomUUID().toString());
        infrastructure.publish(new ActivityPlanApproved("plan-2022-data", "sc-data", "データ活用部会",
                2022, 110_000, LocalDate.of(2022, 5, 27)), UUID.randomUUID().toString());

        Response drafted = secretariat.post("/api/finance/fiscal-years/2022/budget", "");
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.location()).isEqualTo("/api/finance/budgets/budget-2022-v1");
        String budget = "/api/finance/budgets/budget-2022-v1";
        enter(secretariat, budget, "INCOME", "雑収入", 16_004, "情報通信月間行事援助金・預金利息");
        enter(secretariat, budget, "EXPENDITURE", "会議費", 385_200, "会場費利用費等");
        enter(secretariat, budget, "EXPENDITURE", "講演関係費", 71_000, "外部講師謝礼、交通経費等");
        enter(secretariat, budget, "EXPENDITURE", "事務局費", 160_322, "協議会Webサーバ・システム利用料、振込手数料等");
        enter(secretariat, budget, "EXPENDITURE", "雑費・予備費", 56_636, "パソコン等廃棄処分費");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode table = secretariat.get(budget).json();
            return line(table, "income", "負担金").get("amount").asLong() == 494_100
                    && line(table, "expenditure", "企画活動費").get("amount").asLong() == 265_000;
        });

        JsonNode table = ok(secretariat.get("/api/finance/fiscal-years/2022/budget")).json();
        assertThat(table.get("title").asString()).isEqualTo("令和4年度収支予算(案)");
        assertThat(table.get("status").asString()).isEqualTo("DRAFT");
        assertThat(accounts(table, "income")).containsExactly("負担金", "雑収入", "前期繰越金");
        assertThat(accounts(table, "expenditure")).containsExactly("会議費", "講演関係費", "事務局費", "企画活動費", "雑費・予備費");

        assertLine(table, "income", "負担金", 494_100, 558_000, -63_900, "494,100", "558,000", "△ 63,900",
                "県16,200円、 市町村8,100円×38 民間企業8,100円×21");
        assertLine(table, "income", "雑収入", 16_004, 10_005, 5_999, "16,004", "10,005", "5,999", "情報通信月間行事援助金・預金利息");
        assertLine(table, "income", "前期繰越金", 428_054, 299_872, 128_182, "428,054", "299,872", "128,182", null);
        assertTotal(table, "income", 938_158, 867_877, 70_281);
        assertLine(table, "expenditure", "会議費", 385_200, 254_000, 131_200, "385,200", "254,000", "131,200", "会場費利用費等");
        assertLine(table, "expenditure", "講演関係費", 71_000, 192_000, -121_000, "71,000", "192,000", "△ 121,000",
                "外部講師謝礼、交通経費等");
        assertLine(table, "expenditure", "事務局費", 160_322, 163_000, -2_678, "160,322", "163,000", "△ 2,678",
                "協議会Webサーバ・システム利用料、振込手数料等");
        assertLine(table, "expenditure", "企画活動費", 265_000, 258_000, 7_000, "265,000", "258,000", "7,000", "部会活動助成費(2部会)");
        assertLine(table, "expenditure", "雑費・予備費", 56_636, 877, 55_759, "56,636", "877", "55,759", "パソコン等廃棄処分費");
        assertTotal(table, "expenditure", 938_158, 867_877, 70_281);
        assertThat(table.get("balance").get("balanced").asBoolean()).isTrue();
        assertThat(table.get("balance").get("difference").asLong()).isZero();

        String csv = new String(download(budget + "/table.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF令和4年度収支予算(案)\r\n");
        assertThat(csv).contains("""
                【収入の部】\r
                科目,予算額,前年度予算額,増減,摘要\r
                ,円,円,円,\r
                負担金,"494,100","558,000","△ 63,900","県16,200円、 市町村8,100円×38 民間企業8,100円×21"\r
                雑収入,"16,004","10,005","5,999",情報通信月間行事援助金・預金利息\r
                前期繰越金,"428,054","299,872","128,182",\r
                合計,"938,158","867,877","70,281",\r
                """);
        assertThat(csv).contains("""
                【支出の部】\r
                科目,予算額,前年度予算額,増減,摘要\r
                ,円,円,円,\r
                会議費,"385,200","254,000","131,200",会場費利用費等\r
                講演関係費,"71,000","192,000","△ 121,000",外部講師謝礼、交通経費等\r
                """);
        assertThat(csv).contains("企画活動費,\"265,000\",\"258,000\",\"7,000\",部会活動助成費(2部会)\r\n");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download(budget + "/table.xlsx")))) {
            List<List<String>> rows = workbook.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getRawValue() == null ? "" : cell.getRawValue()).toList())
                    .toList();
            assertThat(rows.get(0).get(0)).isEqualTo("令和4年度収支予算(案)");
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("負担金", "494100", "558000", "-63900"));
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("合計", "938158", "867877", "70281"));
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("【支出の部】"));
        }

        // 議案7: proposed, then approved by the general assembly (delivered twice): adopted once.
        JsonNode proposed = ok(secretariat.post(budget + "/proposal", """
                {"proposedOn":"2022-05-10"}""")).json();
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        ProposalApproved proposal7 = new ProposalApproved("p-2022-07", "m-2022-gm", 7, "令和4年度収支予算の決定について",
                ProposalKind.BUDGET, "2022", 2022, LocalDate.of(2022, 5, 27));
        String eventId = UUID.randomUUID().toString();
        infrastructure.publish(proposal7, eventId);
        infrastructure.publish(proposal7, eventId);
        infrastructure.publish(proposal7, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("finance", Topics.MEETINGS);

        JsonNode adopted = ok(secretariat.get(budget)).json();
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("title").asString()).isEqualTo("令和4年度収支予算");
        assertThat(adopted.get("adoptedOn").asString()).isEqualTo("2022-05-27");
        assertThat(adopted.get("adoptedByProposal").asString()).isEqualTo("p-2022-07");
        assertThat(adopted.get("income").get("total").get("amount").asLong()).isEqualTo(938_158);
        try (TopicProbe finance = infrastructure.probe(Topics.FINANCE)) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    adoptedEvents(finance, "budget-2022-v1").size() == 1);
            assertThat(TopicProbe.payload(adoptedEvents(finance, "budget-2022-v1").get(0)))
                    .isEqualTo("{\"budgetId\":\"budget-2022-v1\",\"fiscalYear\":2022,\"version\":1,\"totalYen\":938158,"
                            + "\"adoptedOn\":\"2022-05-27\"}");
            assertThat(finance.records(EventCatalogue.BUDGET_PROPOSED.wireName()).stream()
                    .filter(record -> "budget-2022-v1".equals(record.key()))).hasSize(1);
            assertThat(finance.records(EventCatalogue.SETTLEMENT_CLOSED.wireName())).hasSize(1);
            assertThat(TopicProbe.payload(finance.records(EventCatalogue.SETTLEMENT_CLOSED.wireName()).get(0)))
                    .isEqualTo("{\"settlementId\":\"settlement-2021\",\"fiscalYear\":2021,\"incomeTotalYen\":867877,"
                            + "\"expenditureTotalYen\":439823,\"carryForwardYen\":428054}");
            assertThat(finance.records(EventCatalogue.GRANT_ALLOCATED.wireName())).hasSize(2);
        }
    }

    /**
     * 令和3年度: the budget as adopted (its 負担金 entered as it was, not derived from today's roll), its receipts
     * and payments, and the settlement closed by the general assembly's approval: 867,877 - 439,823 = 428,054.
     */
    private void adoptFiscal2021AndCloseItsSettlement(ApiClient secretariat) {
        assertThat(secretariat.post("/api/finance/fiscal-years/2021/budget", "").status()).isEqualTo(201);
        String budget = "/api/finance/budgets/budget-2021-v1";
        ok(secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"負担金","amount":558000,"basis":"ENTERED"}"""));
        ok(secretariat.put(budget + "/lines", """
                {"section":"INCOME","account":"雑収入","amount":10005,"position":2}"""));
        enter(secretariat, budget, "INCOME", "前期繰越金", 299_872, null);
        ok(secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"会議費","amount":254000,"position":1}"""));
        ok(secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"講演関係費","amount":192000,"position":2}"""));
        ok(secretariat.put(budget + "/lines", """
                {"section":"EXPENDITURE","account":"事務局費","amount":163000,"position":3}"""));
        enter(secretariat, budget, "EXPENDITURE", "企画活動費", 258_000, null);
        enter(secretariat, budget, "EXPENDITURE", "雑費・予備費", 877, null);
        ok(secretariat.post(budget + "/proposal", """
                {"proposedOn":"2021-05-10"}"""));
        ok(secretariat.post(budget + "/adoption", """
                {"adoptedOn":"2021-05-28"}"""));

        book(secretariat, "receipts", "2021-06-30", "負担金", 558_000);
        book(secretariat, "receipts", "2022-03-31", "雑収入", 10_005);
        book(secretariat, "payments", "2021-05-28", "会議費", 120_000);
        book(secretariat, "payments", "2022-02-10", "講演関係費", 98_000);
        book(secretariat, "payments", "2022-03-31", "事務局費", 158_823);
        book(secretariat, "payments", "2021-10-01", "企画活動費", 63_000);

        JsonNode fiscal2021 = ok(secretariat.get(budget)).json();
        assertThat(accounts(fiscal2021, "income")).containsExactly("負担金", "雑収入", "前期繰越金");
        assertThat(accounts(fiscal2021, "expenditure")).containsExactly("会議費", "講演関係費", "事務局費", "企画活動費", "雑費・予備費");
        assertThat(fiscal2021.get("income").get("total").get("amount").asLong()).isEqualTo(867_877);

        JsonNode open = ok(secretariat.get("/api/finance/fiscal-years/2021/settlement")).json();
        assertThat(open.get("closed").asBoolean()).isFalse();
        assertThat(open.get("carryForward").asLong()).isEqualTo(428_054);

        infrastructure.publish(new ProposalApproved("p-2022-04", "m-2022-gm", 4, "令和3年度収支決算の承認について",
                ProposalKind.SETTLEMENT, "2021", 2021, LocalDate.of(2022, 5, 27)), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                secretariat.get("/api/finance/fiscal-years/2021/settlement").json().get("closed").asBoolean());
        JsonNode settled = secretariat.get("/api/finance/fiscal-years/2021/settlement").json();
        assertThat(settled.get("incomeTotal").asLong()).isEqualTo(867_877);
        assertThat(settled.get("expenditureTotal").asLong()).isEqualTo(439_823);
        assertThat(settled.get("carryForward").asLong()).isEqualTo(428_054);
        assertThat(settled.get("closedByProposal").asString()).isEqualTo("p-2022-04");

        Response again = secretariat.post("/api/finance/fiscal-years/2021/settlement/closing", "{}");
        assertThat(again.status()).isEqualTo(409);
        Response late = secretariat.post("/api/finance/ledger/payments", """
                {"date":"2022-03-31","account":"会議費","amount":1000}""");
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("rule").asString()).isEqualTo("books-closed");
    }

    private void admitSeedRoster() {
        admit("千葉県", MemberCategory.PREFECTURE);
        for (int i = 1; i <= 38; i++) {
            admit("市町村" + i, MemberCategory.MUNICIPALITY);
        }
        for (int i = 1; i <= 21; i++) {
            admit("株式会社デモ情報システム" + i, MemberCategory.COMPANY);
        }
        admit("千葉大学", MemberCategory.ACADEMIA);
        admit("城西国際大学", MemberCategory.ACADEMIA);
        admit("Code for NAGAREYAMA", MemberCategory.ORGANIZATION);
    }

    private void admit(String name, MemberCategory category) {
        infrastructure.publish(new MemberAdmitted(UUID.randomUUID().toString(), name, category, LocalDate.of(2016, 4, 1)),
                UUID.randomUUID().toString());
    }

    private static void enter(ApiClient secretariat, String budget, String section, String account, long amount, String note) {
        ok(secretariat.put(budget + "/lines", """
                {"section":"%s","account":"%s","amount":%d%s}""".formatted(section, account, amount,
                note == null ? "" : ",\"note\":\"" + note + "\"")));
    }

    private static void book(ApiClient secretariat, String kind, String date, String account, long amount) {
        Response booked = secretariat.post("/api/finance/ledger/" + kind, """
                {"date":"%s","account":"%s","amount":%d,"description":"令和3年度","counterparty":"千葉県"}"""
                .formatted(date, account, amount));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.officer()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> adoptedEvents(TopicProbe probe, String key) {
        return probe.records(EventCatalogue.BUDGET_ADOPTED.wireName()).stream().filter(record -> key.equals(record.key())).toList();
    }

    static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    static List<String> accounts(JsonNode table, String section) {
        return table.get(section).get("lines").valueStream().map(line -> line.get("account").asString()).toList();
    }

    static JsonNode line(JsonNode table, String section, String account) {
        for (JsonNode line : table.get(section).get("lines")) {
            if (line.get("account").asString().equals(account)) {
                return line;
            }
        }
        throw new AssertionError("no line " + account + " in " + section + ": " + table);
    }

    private static void assertLine(JsonNode table, String section, String account, long amount, long lastYear, long change,
                                   String amountDisplay, String lastYearDisplay, String changeDisplay, String note) {
        JsonNode line = line(table, section, account);
        assertThat(line.get("amount").asLong()).as(account).isEqualTo(amount);
        assertThat(line.get("lastYear").asLong()).as(account).isEqualTo(lastYear);
        assertThat(line.get("change").asLong()).as(account).isEqualTo(change);
        assertThat(line.get("amountDisplay").asString()).as(account).isEqualTo(amountDisplay);
        assertThat(line.get("lastYearDisplay").asString()).as(account).isEqualTo(lastYearDisplay);
        assertThat(line.get("changeDisplay").asString()).as(account).isEqualTo(changeDisplay);
        if (note == null) {
            assertThat(line.get("note") == null || line.get("note").isNull()).as(account + " note").isTrue();
        } else {
            assertThat(line.get("note").asString()).as(account).isEqualTo(note);
        }
    }

    private static void assertTotal(JsonNode table, String section, long amount, long lastYear, long change) {
        JsonNode total = table.get(section).get("total");
        assertThat(total.get("account").asString()).isEqualTo("合計");
        assertThat(total.get("amount").asLong()).isEqualTo(amount);
        assertThat(total.get("lastYear").asLong()).isEqualTo(lastYear);
        assertThat(total.get("change").asLong()).isEqualTo(change);
    }
}
