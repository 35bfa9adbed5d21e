package io.councilhub.finance.invoice;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberRenamed;
import io.councilhub.contracts.membership.MemberWithdrawn;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static io.councilhub.chassis.test.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Dues invoices from issue to payment, admission and withdrawal, over a real broker and store. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
class DuesInvoicesFlowTest extends ServiceApiTest {

    private static final String RATES = """
            "rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}""";
    private static final LocalDate LONG_AGO = LocalDate.of(2013, 5, 27);

    @Test
    void bulkIssueInvoicesEveryMemberOwingDuesOnceAndARepeatIssuesNothing() throws Exception {
        schedule(2022, "FULL_YEAR");
        String chiba = admit("千葉県", MemberCategory.PREFECTURE, LONG_AGO);
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY, LONG_AGO);
        admit("船橋市", MemberCategory.MUNICIPALITY, LONG_AGO);
        admit("株式会社デモ情報システム", MemberCategory.COMPANY, LocalDate.of(2016, 4, 1));
        admit("千葉大学", MemberCategory.ACADEMIA, LONG_AGO);
        String tomisato = admit("富里市", MemberCategory.MUNICIPALITY, LONG_AGO);
        infrastructure.publish(new MemberWithdrawn(tomisato, "富里市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2021, 11, 9), "退会届の受理"), UUID.randomUUID().toString());
        membershipConsumed();

        Response first = issue(2022, "2022-04-01");
        assertThat(first.json().get("issued").asInt()).isEqualTo(4);
        assertThat(first.json().get("issuedTotalYen").asLong()).isEqualTo(40_500);
        assertThat(first.json().get("issuedTotal").asString()).isEqualTo("40,500円");
        assertThat(first.json().get("exempt").asInt()).isEqualTo(1);
        assertThat(first.json().get("repeated").asBoolean()).isFalse();

        Response again = issue(2022, "2022-04-02");
        assertThat(again.json().get("issued").asInt()).isZero();
        assertThat(again.json().get("alreadyIssued").asInt()).isEqualTo(4);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(again.json().get("message").asString()).isEqualTo("新たに発行する請求書はありません（発行済み 4件）");

        JsonNode invoice = secretariat.get("/api/finance/invoices/dues-2022-" + ichikawa).json();
        assertThat(invoice.get("memberName").asString()).isEqualTo("市川市");
        assertThat(invoice.get("amountYen").asLong()).isEqualTo(8_100);
        assertThat(invoice.get("amount").asString()).isEqualTo("8,100円");
        assertThat(invoice.get("issuedOn").asString()).isEqualTo("2022-04-01");
        assertThat(invoice.get("dueOn").asString()).isEqualTo("2022-06-30");
        assertThat(invoice.get("statusLabel").asString()).isEqualTo("未納");
        assertThat(secretariat.get("/api/finance/invoices/dues-2022-" + tomisato).status()).isEqualTo(404);
        assertThat(secretariat.get("/api/finance/fiscal-years/2022/invoices").json()).hasSize(4);

        ConsumerRecord<String, byte[]> issued = awaitEvent(EventCatalogue.DUES_INVOICE_ISSUED.wireName(), "dues-2022-" + chiba);
        assertThat(header(issued, "ce_source")).isEqualTo("/councilhub/finance");
        assertThat(header(issued, "ce_subject")).isEqualTo("dues-2022-" + chiba);
        assertThat(EventJson.read(issued.value(), DuesInvoiceIssued.class)).isEqualTo(new DuesInvoiceIssued(
                "dues-2022-" + chiba, chiba, 2022, 16_200, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));
        assertThat(fieldNames(EventJson.mapper().readTree(issued.value())))
                .isEqualTo(fieldNames(sample(EventCatalogue.DUES_INVOICE_ISSUED.samplePath())));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                topic(Topics.FINANCE).records(EventCatalogue.DUES_INVOICE_ISSUED.wireName()).size() == 4);
        awaitOutboxEmpty(2022);
        assertThat(topic(Topics.FINANCE).records(EventCatalogue.DUES_INVOICE_ISSUED.wireName())).hasSize(4);
    }

    @Test
    void anInvoiceIsPaidInPartsWhileOverpaymentsAndBadAmountsAreRefused() throws Exception {
        schedule(2022, "FULL_YEAR");
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY, LONG_AGO);
        membershipConsumed();
        issue(2022, "2022-04-01");
        String invoice = "/api/finance/invoices/dues-2022-" + ichikawa;

        Response part = pay(invoice, "2022-05-20", "5000", "BANK_TRANSFER");
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(part.location()).endsWith(invoice);
        assertThat(part.json().get("paidYen").asLong()).isEqualTo(5_000);
        assertThat(part.json().get("outstandingYen").asLong()).isEqualTo(3_100);
        assertThat(part.json().get("outstanding").asString()).isEqualTo("3,100円");
        assertThat(part.json().get("statusLabel").asString()).isEqualTo("一部入金");
        assertThat(part.json().get("payments").get(0).get("methodLabel").asString()).isEqualTo("振込");

        for (String bad : List.of("-1", "0", "100.5", "3100.0", "1000000000001", "\"3,100\"")) {
            Response refused = pay(invoice, "2022-05-21", bad, "CASH");
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("amountYen");
        }
        Response overpaid = pay(invoice, "2022-05-21", "3101", "CASH");
        assertThat(overpaid.status()).as(overpaid.toString()).isEqualTo(409);
        assertThat(overpaid.json().get("rule").asString()).isEqualTo("overpayment");
        assertThat(secretariat.get(invoice).json().get("paidYen").asLong()).isEqualTo(5_000);
        assertThat(pay(invoice, "2022-05-21", "3100", "POSTAL_ORDER").status()).isEqualTo(400);
        assertThat(pay("/api/finance/invoices/dues-2022-nobody", "2022-05-21", "3100", "CASH").status()).isEqualTo(404);

        JsonNode arrearsInMay = secretariat.get("/api/finance/fiscal-years/2022/arrears?asOf=2022-05-31").json();
        assertThat(arrearsInMay.get("lines")).singleElement().satisfies(line -> {
            assertThat(line.get("memberName").asString()).isEqualTo("市川市");
            assertThat(line.get("outstandingYen").asLong()).isEqualTo(3_100);
            assertThat(line.get("overdue").asBoolean()).isFalse();
        });
        assertThat(secretariat.get("/api/finance/fiscal-years/2022/arrears?asOf=2022-07-01").json()
                .get("lines").get(0).get("overdue").asBoolean()).isTrue();

        Response rest = pay(invoice, "2022-06-10", "3100", "CASH");
        assertThat(rest.json().get("outstandingYen").asLong()).isZero();
        assertThat(rest.json().get("statusLabel").asString()).isEqualTo("完納");
        assertThat(pay(invoice, "2022-06-11", "1", "CASH").status()).isEqualTo(409);
        assertThat(secretariat.get("/api/finance/fiscal-years/2022/arrears?asOf=2022-06-30").json().get("lines")).isEmpty();
        assertThat(secretariat.get("/api/finance/fiscal-years/2022/arrears?asOf=2022-05-31").json().get("totalYen").asLong())
                .isEqualTo(3_100);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                topic(Topics.FINANCE).records(EventCatalogue.DUES_PAID.wireName()).size() == 2);
        List<DuesPaid> paid = topic(Topics.FINANCE).records(EventCatalogue.DUES_PAID.wireName()).stream()
                .map(record -> EventJson.read(record.value(), DuesPaid.class)).toList();
        assertThat(paid).extracting(DuesPaid::amountYen).containsExactly(5_000L, 3_100L);
        assertThat(paid).extracting(DuesPaid::outstandingYen).containsExactly(3_100L, 0L);
        assertThat(paid.get(0).memberId()).isEqualTo(ichikawa);
        assertThat(fieldNames(EventJson.mapper().readTree(topic(Topics.FINANCE).records(EventCatalogue.DUES_PAID.wireName()).get(0).value())))
                .isEqualTo(fieldNames(sample(EventCatalogue.DUES_PAID.samplePath())));
    }

    @Test
    void aMemberAdmittedMidYearIsInvoicedAsEachYearsPolicySays() {
        schedule(2022, "MONTHLY_PRO_RATA");
        schedule(2023, "FULL_YEAR");
        schedule(2024, "NONE");
        admit("千葉県", MemberCategory.PREFECTURE, LONG_AGO);
        membershipConsumed();
        issue(2022, "2022-04-01");
        issue(2023, "2023-04-01");
        issue(2024, "2024-04-01");

        String september2022 = admit("株式会社九月", MemberCategory.COMPANY, LocalDate.of(2022, 9, 15));
        String october2023 = admit("株式会社十月", MemberCategory.COMPANY, LocalDate.of(2023, 10, 1));
        String november2024 = admit("株式会社十一月", MemberCategory.MUNICIPALITY, LocalDate.of(2024, 11, 20));
        membershipConsumed();

        JsonNode first = secretariat.get("/api/finance/members/" + september2022 + "/invoices").json();
        assertThat(first).hasSize(3);
        assertThat(first.get(0).get("fiscalYear").asInt()).isEqualTo(2022);
        assertThat(first.get(0).get("amountYen").asLong()).isEqualTo(4_725); // 8,100 x 7 / 12
        assertThat(first.get(0).get("basis").asString()).isEqualTo("PRO_RATA");
        assertThat(first.get(0).get("months").asInt()).isEqualTo(7);
        assertThat(first.get(1).get("amountYen").asLong()).isEqualTo(8_100);
        assertThat(first.get(2).get("amountYen").asLong()).isEqualTo(8_100);

        JsonNode second = secretariat.get("/api/finance/members/" + october2023 + "/invoices").json();
        assertThat(second).extracting(node -> node.get("fiscalYear").asInt()).containsExactly(2023, 2024);
        assertThat(second).extracting(node -> node.get("amountYen").asLong()).containsExactly(8_100L, 8_100L);

        assertThat(secretariat.get("/api/finance/members/" + november2024 + "/invoices").json()).isEmpty();
        JsonNode roll = secretariat.get("/api/finance/fiscal-years/2024/dues-roll").json();
        JsonNode waived = line(roll, november2024);
        assertThat(waived.get("statusLabel").asString()).isEqualTo("免除");
        assertThat(waived.get("note").asString()).contains("年度途中入会");
        assertThat(roll.get("totals").get("invoicedYen").asLong()).isEqualTo(16_200 + 8_100 + 8_100);

        String notYetIssued = "株式会社二〇二五";
        schedule(2025, "FULL_YEAR");
        String may2025 = admit(notYetIssued, MemberCategory.COMPANY, LocalDate.of(2025, 5, 1));
        membershipConsumed();
        assertThat(secretariat.get("/api/finance/members/" + may2025 + "/invoices").json()).isEmpty();
        assertThat(line(secretariat.get("/api/finance/fiscal-years/2025/dues-roll").json(), may2025)
                .get("statusLabel").asString()).isEqualTo("未請求");
    }

    @Test
    void withdrawalCancelsTheUnpaidRemainderKeepsThePaidPartAndDuplicateEventsChangeNothing() {
        schedule(2022, "FULL_YEAR");
        schedule(2023, "FULL_YEAR");
        String chonan = UUID.randomUUID().toString();
        String admission = UUID.randomUUID().toString();
        infrastructure.publish(new MemberAdmitted(chonan, "長南町", MemberCategory.MUNICIPALITY, LONG_AGO), admission);
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY, LONG_AGO);
        membershipConsumed();
        issue(2022, "2022-04-01");
        issue(2023, "2023-03-01");
        assertThat(pay("/api/finance/invoices/dues-2022-" + chonan, "2022-05-20", "3000", "CASH").status()).isEqualTo(201);
        assertThat(pay("/api/finance/invoices/dues-2022-" + ichikawa, "2022-05-20", "8100", "BANK_TRANSFER").status())
                .isEqualTo(201);

        String withdrawal = UUID.randomUUID().toString();
        MemberWithdrawn withdrawn = new MemberWithdrawn(chonan, "長南町", MemberCategory.MUNICIPALITY,
                LocalDate.of(2022, 9, 30), "退会届の受理");
        infrastructure.publish(withdrawn, withdrawal);
        infrastructure.publish(new MemberWithdrawn(ichikawa, "市川市", MemberCategory.MUNICIPALITY,
                LocalDate.of(2022, 12, 31), "退会届の受理"), UUID.randomUUID().toString());
        membershipConsumed();

        JsonNode chonan2022 = secretariat.get("/api/finance/invoices/dues-2022-" + chonan).json();
        assertThat(chonan2022.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(chonan2022.get("statusLabel").asString()).isEqualTo("取消");
        assertThat(chonan2022.get("paidYen").asLong()).isEqualTo(3_000);
        assertThat(chonan2022.get("cancelledYen").asLong()).isEqualTo(5_100);
        assertThat(chonan2022.get("outstandingYen").asLong()).isZero();
        assertThat(secretariat.get("/api/finance/invoices/dues-2023-" + chonan).json().get("cancelledYen").asLong())
                .isEqualTo(8_100);
        assertThat(secretariat.get("/api/finance/invoices/dues-2022-" + ichikawa).json().get("statusLabel").asString())
                .isEqualTo("完納");
        assertThat(secretariat.get("/api/finance/invoices/dues-2023-" + ichikawa).json().get("status").asString())
                .isEqualTo("CANCELLED");
        Response onCancelled = pay("/api/finance/invoices/dues-2022-" + chonan, "2022-10-01", "100", "CASH");
        assertThat(onCancelled.status()).isEqualTo(409);
        assertThat(onCancelled.json().get("rule").asString()).isEqualTo("invoice-cancelled");
        String before = secretariat.get("/api/finance/members/" + chonan + "/invoices").body();

        infrastructure.publish(new MemberAdmitted(chonan, "長南町", MemberCategory.MUNICIPALITY, LONG_AGO), admission);
        infrastructure.publish(withdrawn, withdrawal);
        String renamed = UUID.randomUUID().toString();
        infrastructure.publish(new MemberRenamed(ichikawa, "市川市", "市川市役所", null, LocalDate.of(2022, 7, 1)), renamed);
        infrastructure.publish(new MemberRenamed(ichikawa, "市川市", "市川市役所", null, LocalDate.of(2022, 7, 1)), renamed);
        membershipConsumed();

        assertThat(secretariat.get("/api/finance/members/" + chonan + "/invoices").body()).isEqualTo(before);
        JsonNode roll = secretariat.get("/api/finance/fiscal-years/2022/dues-roll").json();
        assertThat(line(roll, ichikawa).get("memberName").asString()).isEqualTo("市川市役所");
        assertThat(line(roll, chonan).get("statusLabel").asString()).isEqualTo("取消");
        assertThat(roll.get("totals").get("invoicedYen").asLong()).isEqualTo(16_200);
        assertThat(roll.get("totals").get("paidYen").asLong()).isEqualTo(11_100);
        assertThat(roll.get("totals").get("cancelledYen").asLong()).isEqualTo(5_100);
        assertThat(roll.get("totals").get("outstandingYen").asLong()).isZero();
        awaitOutboxEmpty(2022);
        assertThat(topic(Topics.FINANCE).records(EventCatalogue.DUES_INVOICE_ISSUED.wireName()).stream()
                .filter(record -> record.key().endsWith(chonan))).hasSize(2);
    }

    @Test
    void aLateAdmissionIsInvoicedOnceEvenWhenTheEventArrivesTwice() {
        schedule(2022, "MONTHLY_PRO_RATA");
        membershipConsumed();
        issue(2022, "2022-04-01");
        String company = UUID.randomUUID().toString();
        String admission = UUID.randomUUID().toString();
        MemberAdmitted admitted = new MemberAdmitted(company, "株式会社デモ", MemberCategory.COMPANY, LocalDate.of(2023, 1, 10));
        infrastructure.publish(admitted, admission);
        infrastructure.publish(admitted, admission);
        infrastructure.publish(admitted, UUID.randomUUID().toString());
        membershipConsumed();

        JsonNode invoices = secretariat.get("/api/finance/members/" + company + "/invoices").json();
        assertThat(invoices).singleElement().satisfies(invoice -> assertThat(invoice.get("amountYen").asLong())
                .isEqualTo(2_025)); // 8,100 x 3 / 12
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !topic(Topics.FINANCE).records(EventCatalogue.DUES_INVOICE_ISSUED.wireName()).isEmpty());
        awaitOutboxEmpty(2022);
        assertThat(topic(Topics.FINANCE).records(EventCatalogue.DUES_INVOICE_ISSUED.wireName())).hasSize(1);
    }

    @Test
    void theDuesRollAddsUpAsJsonCsvAndXlsx() throws Exception {
        schedule(2022, "FULL_YEAR");
        String chiba = admit("千葉県", MemberCategory.PREFECTURE, LONG_AGO);
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY, LONG_AGO);
        admit("千葉大学", MemberCategory.ACADEMIA, LONG_AGO);
        membershipConsumed();
        issue(2022, "2022-04-01");
        pay("/api/finance/invoices/dues-2022-" + chiba, "2022-05-20", "16200", "BANK_TRANSFER");
        pay("/api/finance/invoices/dues-2022-" + ichikawa, "2022-05-20", "4000", "CASH");

        JsonNode roll = secretariat.get("/api/finance/fiscal-years/2022/dues-roll").json();
        assertThat(roll.get("title").asString()).isEqualTo("令和4年度 会費納入状況");
        assertThat(roll.get("lines")).extracting(line -> line.get("memberName").asString())
                .containsExactly("千葉県", "市川市", "千葉大学");
        assertThat(roll.get("lines")).extracting(line -> line.get("statusLabel").asString())
                .containsExactly("完納", "一部入金", "免除");
        assertThat(line(roll, ichikawa).get("rate").asString()).isEqualTo("8,100円");
        assertThat(line(roll, ichikawa).get("outstandingYen").asLong()).isEqualTo(4_100);
        assertThat(line(roll, ichikawa).get("categoryLabel").asString()).isEqualTo("市町村");
        JsonNode totals = roll.get("totals");
        assertThat(totals.get("members").asInt()).isEqualTo(3);
        assertThat(totals.get("invoicedYen").asLong()).isEqualTo(24_300);
        assertThat(totals.get("paidYen").asLong()).isEqualTo(20_200);
        assertThat(totals.get("outstandingYen").asLong()).isEqualTo(4_100);
        assertThat(totals.get("outstanding").asString()).isEqualTo("4,100円");

        HttpResponse<byte[]> csv = getBytes("/api/finance/fiscal-years/2022/dues-roll.csv", TestTokens.officer());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> rows = List.of(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(rows).containsExactly(
                "会員名,会員区分,負担金額,請求額,入金額,取消額,未納額,状況,備考",
                "千葉県,県,16200,16200,16200,0,0,完納,",
                "市川市,市町村,8100,8100,4000,0,4100,一部入金,",
                "千葉大学,大学・研究機関,0,0,0,0,0,免除,",
                "合計 (3会員),,,24300,20200,0,4100,,");

        HttpResponse<byte[]> xlsx = getBytes("/api/finance/fiscal-years/2022/dues-roll.xlsx", TestTokens.secretariat());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        String workbook = unzipped(xlsx.body());
        assertThat(workbook).contains("令和4年度 会費納入状況", "市川市", "一部入金", "<v>4100</v>");
    }

    @Test
    void onlyTheSecretariatWritesOfficersReadAndAMemberSeesOnlyItsOwnInvoices() {
        schedule(2022, "FULL_YEAR");
        String ichikawa = admit("市川市", MemberCategory.MUNICIPALITY, LONG_AGO);
        String funabashi = admit("船橋市", MemberCategory.MUNICIPALITY, LONG_AGO);
        membershipConsumed();
        ApiClient officer = ApiClient.at(port).as(TestTokens.officer());
        ApiClient member = ApiClient.at(port).as(TestTokens.member(ichikawa));

        assertThat(officer.post("/api/finance/fiscal-years/2022/invoices/issue", "{}").status()).isEqualTo(403);
        assertThat(member.post("/api/finance/fiscal-years/2022/invoices/issue", "{}").status()).isEqualTo(403);
        issue(2022, "2022-04-01");
        String own = "/api/finance/invoices/dues-2022-" + ichikawa;
        String other = "/api/finance/invoices/dues-2022-" + funabashi;

        assertThat(member.get(own).status()).isEqualTo(200);
        assertThat(member.get("/api/finance/members/" + ichikawa + "/invoices").json()).hasSize(1);
        Response notYours = member.get(other);
        assertThat(notYours.status()).isEqualTo(404);
        assertThat(notYours.isProblem()).isTrue();
        assertThat(member.get("/api/finance/members/" + funabashi + "/invoices").status()).isEqualTo(404);
        assertThat(member.get("/api/finance/fiscal-years/2022/dues-roll").status()).isEqualTo(403);
        assertThat(member.get("/api/finance/fiscal-years/2022/arrears").status()).isEqualTo(403);
        assertThat(member.post(own + "/payments", """
                {"paidOn":"2022-05-20","amountYen":8100,"method":"BANK_TRANSFER"}""").status()).isEqualTo(403);

        assertThat(officer.get(other).status()).isEqualTo(200);
        assertThat(officer.get("/api/finance/fiscal-years/2022/dues-roll").status()).isEqualTo(200);
        assertThat(officer.get("/api/finance/fiscal-years/2022/arrears").status()).isEqualTo(200);
        assertThat(officer.post(own + "/payments", """
                {"paidOn":"2022-05-20","amountYen":8100,"method":"BANK_TRANSFER"}""").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).get(own).status()).isEqualTo(401);
        assertThat(secretariat.get(own).json().get("paidYen").asLong()).isZero();
    }

    @Test
    void aYearsScheduleStartsFromLastYearsAndBadRatesNameTheCategory() {
        schedule(2022, "MONTHLY_PRO_RATA");

        Response draft = secretariat.post("/api/finance/fiscal-years/2023/dues-schedule/draft", "");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json().get("label").asString()).isEqualTo("令和5年度");
        assertThat(draft.json().get("rates").get("PREFECTURE").asLong()).isEqualTo(16_200);
        assertThat(draft.json().get("rateLabels").get("COMPANY").asString()).isEqualTo("8,100円");
        assertThat(draft.json().get("midYearAdmission").asString()).isEqualTo("MONTHLY_PRO_RATA");
        assertThat(draft.json().get("dueOn").asString()).isEqualTo("2023-06-30");
        assertThat(draft.json().get("startedFrom").asInt()).isEqualTo(2022);
        assertThat(secretariat.post("/api/finance/fiscal-years/2023/dues-schedule/draft", "").status()).isEqualTo(409);
        assertThat(secretariat.post("/api/finance/fiscal-years/2030/dues-schedule/draft", "").status()).isEqualTo(404);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).post("/api/finance/fiscal-years/2024/dues-schedule/draft", "")
                .status()).isEqualTo(403);

        for (String bad : List.of("8100.5", "-8100", "1000000000001", "\"8,100\"")) {
            Response refused = secretariat.put("/api/finance/fiscal-years/2023/dues-schedule",
                    "{" + RATES.replace("\"COMPANY\":8100", "\"COMPANY\":" + bad) + "}");
            assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("rates.COMPANY");
        }
        Response badDeadline = secretariat.put("/api/finance/fiscal-years/2023/dues-schedule",
                "{" + RATES + ",\"dueOn\":\"2024-04-01\"}");
        assertThat(badDeadline.json().get("errors").get(0).get("field").asString()).isEqualTo("dueOn");
        assertThat(secretariat.get("/api/finance/fiscal-years/2023/dues-schedule").json().get("rates").get("COMPANY")
                .asLong()).isEqualTo(8_100);
    }

    private void schedule(int year, String policy) {
        Response response = secretariat.put("/api/finance/fiscal-years/" + year + "/dues-schedule",
                "{" + RATES + ",\"midYearAdmission\":\"" + policy + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private Response issue(int year, String on) {
        Response response = secretariat.post("/api/finance/fiscal-years/" + year + "/invoices/issue",
                "{\"issuedOn\":\"" + on + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private Response pay(String invoice, String on, String amount, String method) {
        return secretariat.post(invoice + "/payments", """
                {"paidOn":"%s","amountYen":%s,"method":"%s"}""".formatted(on, amount, method));
    }

    private String admit(String name, MemberCategory category, LocalDate on) {
        String id = UUID.randomUUID().toString();
        infrastructure.publish(new MemberAdmitted(id, name, category, on), UUID.randomUUID().toString());
        return id;
    }

    private void membershipConsumed() {
        infrastructure.awaitConsumed("finance", Topics.MEMBERSHIP);
    }

    private void awaitOutboxEmpty(int year) {
        await().atMost(Duration.ofSeconds(30)).until(() -> invoicesWithPendingEvents(year) == 0);
    }

    @Autowired
    DuesInvoices invoices;

    private long invoicesWithPendingEvents(int year) {
        return invoices.findByFiscalYear(year).stream().filter(invoice -> !invoice.pendingEvents().isEmpty()).count();
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String type, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic(Topics.FINANCE).records(type).stream()
                .anyMatch(record -> key.equals(record.key())));
        return topic(Topics.FINANCE).records(type).stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> getBytes(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String unzipped(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        Path file = Files.createTempFile(Path.of("target"), "dues-roll", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        // fastexcel writes non-ASCII text as character references (&#x4f1a;)
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(all)
                .replaceAll(reference -> new String(Character.toChars(Integer.parseInt(reference.group(1), 16))));
    }

    private static JsonNode line(JsonNode roll, String memberId) {
        for (JsonNode line : roll.get("lines")) {
            if (line.get("memberId").asString().equals(memberId)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + memberId + " in " + roll);
    }

    private static JsonNode sample(String path) throws Exception {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
