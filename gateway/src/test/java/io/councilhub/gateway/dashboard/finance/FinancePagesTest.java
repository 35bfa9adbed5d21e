package io.councilhub.gateway.dashboard.finance;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.councilhub.gateway.dashboard.Pages.section;
import static org.assertj.core.api.Assertions.assertThat;

/** The FY2022 budget reads as the general-assembly packet prints it; dues are followed up and paid. */
class FinancePagesTest extends DashboardPageTest {

    static final String INVOICE = """
            {"id":"dues-2022-m-ichikawa","memberId":"m-ichikawa","memberName":"市川市","fiscalYear":2022,"label":"令和4年度",
             "category":"MUNICIPALITY","rateYen":8100,"amountYen":8100,"amount":"8,100円","basis":"ANNUAL","months":12,
             "issuedOn":"2022-04-01","dueOn":"2022-06-30","paidYen":0,"paid":"0円","cancelledYen":0,"outstandingYen":8100,
             "outstanding":"8,100円","status":"OPEN","duesStatus":"UNPAID","statusLabel":"未納","cancelledOn":null,"payments":[]}""";

    static final ServiceStandIn finance = ServiceStandIn.start()
            .resource("GET /api/finance/fiscal-years/2022/budget", "finance/budget-2022.json")
            .answer("GET /api/finance/fiscal-years/2023/budget", 503, "text/plain", "down for maintenance")
            .problem("GET /api/finance/fiscal-years/2025/budget", 404, "year", "no budget for 令和7年度")
            .resource("GET /api/finance/fiscal-years/2022/dues-roll", "finance/dues-roll-2022.json")
            .json("GET /api/finance/invoices/dues-2022-m-ichikawa", INVOICE)
            .answerWhen("POST /api/finance/invoices/dues-2022-m-ichikawa/payments", "\"amountYen\":\"100.5\"", 400,
                    "application/problem+json", ServiceStandIn.problemJson(400, "amountYen", "must be a whole number of yen"))
            .answer("POST /api/finance/invoices/dues-2022-m-ichikawa/payments", 201, "application/json",
                    INVOICE.replace("\"paidYen\":0", "\"paidYen\":5000"));

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).finance(finance);
    }

    @Test
    void theFiscalYear2022BudgetBalancesAt938158InBothSectionsWithLastYearAndTheChange() {
        String page = administrator().page("/dashboard/finance?fy=2022");
        String table = section(page, "budget-table");

        assertThat(table).contains("令和4年度収支予算", "【収入の部】", "【支出の部】", "前年度予算額", "本年度予算額", "増減", "備考");
        assertThat(totals(table)).containsExactly("938,158", "938,158");
        assertThat(table).containsPattern("<td>負担金</td>\\s*<td class=\"num\">558,000</td>\\s*<td class=\"num\">494,100</td>\\s*"
                + "<td class=\"num negative\">△ 63,900</td>\\s*<td>県16,200円、 市町村8,100円×38 民間企業8,100円×21</td>");
        assertThat(table).containsPattern("<td>講演関係費</td>\\s*<td class=\"num\">192,000</td>\\s*<td class=\"num\">71,000</td>\\s*"
                + "<td class=\"num negative\">△ 121,000</td>");
        assertThat(table).contains("<td class=\"num\">867,877</td>", "<td class=\"num\">70,281</td>", "令和4年5月27日議決");
    }

    @Test
    void theBudgetReadsInEnglishWithTheSameFigures() {
        String table = section(administrator().page("/dashboard/finance?fy=2022&lang=en"), "budget-table");

        assertThat(table).contains("Last year", "This year", "Change", "Note", "adopted 27 May 2022");
        assertThat(totals(table)).containsExactly("938,158", "938,158");
    }

    @Test
    void aFinanceServiceThatFailsShowsItsNoticeInsteadOfTheTableAndAYearWithoutBudgetSaysSo() {
        Browser browser = administrator();

        String down = browser.page("/dashboard/finance?fy=2023");
        assertThat(section(down, "budget-table")).contains("財務サービスに接続できません").doesNotContain("<table");
        assertThat(down).contains("href=\"/dashboard/finance/dues\"");

        assertThat(section(browser.page("/dashboard/finance?fy=2025"), "budget-table"))
                .contains("データがありません", "no budget for 令和7年度");
    }

    @Test
    void theDuesRollListsEachMemberWithItsStatusAndTheTotals() {
        String roll = section(administrator().page("/dashboard/finance/dues?fy=2022"), "dues-roll");

        assertThat(roll).contains("令和4年度 負担金納入状況", "千葉県", "完納", "市川市", "未納", "千葉大学", "免除",
                "href=\"/dashboard/finance/invoices/dues-2022-m-ichikawa\"", "61団体", "494,100", "405,000", "89,100");
    }

    @Test
    void recordingAPaymentSendsItToFinanceAndReturnsToTheInvoice() {
        Browser browser = administrator();
        assertThat(section(browser.page("/dashboard/finance/invoices/dues-2022-m-ichikawa"), "invoice-panel"))
                .contains("8,100円", "未納", "令和4年6月30日");

        HttpResponse<String> recorded = browser.post("/dashboard/finance/invoices/dues-2022-m-ichikawa/payments",
                Map.of("paidOn", "2022-05-20", "amountYen", "5,000", "method", "BANK_TRANSFER", "note", "一部入金"));

        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(finance.seen("POST", "/api/finance/invoices/dues-2022-m-ichikawa/payments")).anySatisfy(seen ->
                assertThat(seen.body()).isEqualTo(
                        "{\"paidOn\":\"2022-05-20\",\"amountYen\":5000,\"method\":\"BANK_TRANSFER\",\"note\":\"一部入金\"}"));
        assertThat(browser.page("/dashboard/finance/invoices/dues-2022-m-ichikawa")).contains("入金を記録しました");
    }

    @Test
    void aFractionalAmountIsRefusedNextToTheAmountField() {
        Browser browser = administrator();
        browser.page("/dashboard/finance/invoices/dues-2022-m-ichikawa");

        HttpResponse<String> refused = browser.post("/dashboard/finance/invoices/dues-2022-m-ichikawa/payments",
                Map.of("paidOn", "2022-05-20", "amountYen", "100.5", "method", "CASH"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(section(refused.body(), "payments-panel"))
                .contains("<span class=\"field-error\" data-field=\"amountYen\">must be a whole number of yen</span>")
                .contains("value=\"100.5\"");
    }

    private static java.util.List<String> totals(String table) {
        Matcher total = Pattern.compile("<tr class=\"total\">\\s*<td>(?:合計|Total)</td>\\s*<td class=\"num\">[^<]*</td>\\s*"
                + "<td class=\"num\">([^<]*)</td>").matcher(table);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (total.find()) {
            found.add(total.group(1));
        }
        return found;
    }
}
