package io.councilhub.membership.transfer;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MemberImportExportApiTest extends ServiceApiTest {

    static final List<String> HEADER = List.of("名称", "ふりがな", "区分", "団体コード", "住所", "入会日", "退会日", "退会理由");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Members members;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDryRunReportsCreatedUpdatedAndRejectedRowsWithReasonsAndChangesNothing() throws Exception {
        String town = "乾燥町" + tag();
        String existing = admit(town, "MUNICIPALITY", "2013-05-27");
        // Its MemberAdmitted relayed, so an entry left in its outbox below could only be the dry run's doing.
        await().atMost(Duration.ofSeconds(20)).until(() -> members.findById(existing).orElseThrow().pendingEvents().isEmpty());
        String company = "株式会社ドライラン" + tag();
        long documents = members.count();

        byte[] file = csv(
                row(town, "かんそうまち", "市町村", null, "千葉県乾燥町1-1", "2013-05-27", null, null),
                row(company, "どらいらん", "民間企業", null, null, "2022-04-01", null, null),
                row("株式会社区分違い" + tag(), null, "会社", null, null, "2022-04-01", null, null),
                row("誤記市" + tag(), null, "市町村", "122034", null, "2022-13-01", null, null));

        Response response = upload("/api/members/import?dryRun=true", file, "roll.csv", "text/csv");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("rows").findValuesAsString("outcome")).containsExactly("UPDATED", "CREATED", "REJECTED", "REJECTED");
        JsonNode updated = report.get("rows").get(0);
        assertThat(updated.get("row").asInt()).isEqualTo(2);
        assertThat(updated.get("memberId").asString()).isEqualTo(existing);
        assertThat(updated.get("changes").findValuesAsString("field")).containsExactly("nameKana", "address");
        JsonNode badCategory = report.get("rows").get(2);
        assertThat(badCategory.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(badCategory.get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(report.get("rows").get(3).get("errors").findValuesAsString("field"))
                .containsExactly("localGovernmentCode", "admittedOn");
        assertThat(report.get("summary").get("created").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("rejected").asInt()).isEqualTo(2);

        assertThat(members.count()).isEqualTo(documents);
        Member unchanged = members.findById(existing).orElseThrow();
        assertThat(unchanged.address()).isNull();
        assertThat(unchanged.pendingEvents()).isEmpty();
        String sentinel = admit("歩哨村" + tag(), "MUNICIPALITY", "2022-04-01");
        awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), sentinel);
        assertThat(admittedNames()).doesNotContain(company);
    }

    @Test
    void aRealRunFromXlsxAdmitsEachNewMemberWithItsEventAndTheSameFileAgainChangesNothing() throws Exception {
        String prefecture = "乙県" + tag();
        String university = "丙大学" + tag();
        String company = "株式会社フューチャーテスト" + tag();
        byte[] file = xlsx(
                row(prefecture, "おつけん", "県", null, "乙県庁", "2013-05-27", null, null),
                row(university, "へいだいがく", "ACADEMIA", null, null, "2013/5/27", null, null),
                row(company, null, "民間企業", null, null, "2019-04-01", "2021-08-25", "退会届の受理"));

        Response first = upload("/api/members/import?dryRun=false", file, "roll.xlsx", SheetFormat.XLSX.mediaType());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("applied").asBoolean()).isTrue();
        assertThat(first.json().get("rows").findValuesAsString("outcome")).containsOnly("CREATED");
        List<String> ids = first.json().get("rows").findValuesAsString("memberId");
        for (String id : ids) {
            ConsumerRecord<String, byte[]> admitted = awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), id);
            assertThat(EventJson.read(admitted.value(), MemberAdmitted.class).memberId()).isEqualTo(id);
        }
        ConsumerRecord<String, byte[]> withdrawn = awaitEvent(EventCatalogue.MEMBER_WITHDRAWN.wireName(), ids.get(2));
        assertThat(EventJson.read(withdrawn.value(), MemberWithdrawn.class)).isEqualTo(new MemberWithdrawn(ids.get(2),
                company, MemberCategory.COMPANY, LocalDate.of(2021, 8, 25), "退会届の受理"));
        Member history = members.findById(ids.get(2)).orElseThrow();
        assertThat(history.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(history.admittedOn()).isEqualTo(LocalDate.of(2019, 4, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> members.findById(id).orElseThrow().pendingEvents().isEmpty()));
        long documents = members.count();

        Response second = upload("/api/members/import?dryRun=false", file, "roll.xlsx", SheetFormat.XLSX.mediaType());

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("rows").findValuesAsString("outcome")).containsOnly("UNCHANGED");
        assertThat(second.json().get("rows").findValuesAsString("memberId")).isEqualTo(ids);
        assertThat(members.count()).isEqualTo(documents);
        assertThat(ids).allMatch(id -> members.findById(id).orElseThrow().pendingEvents().isEmpty());
        String sentinel = admit("歩哨町" + tag(), "MUNICIPALITY", "2022-04-01");
        awaitEvent(EventCatalogue.MEMBER_ADMITTED.wireName(), sentinel);
        for (String id : ids) {
            assertThat(topic(Topics.MEMBERSHIP).records().stream().filter(record -> id.equals(record.key()))).hasSize(id.equals(ids.get(2)) ? 2 : 1);
        }
    }

    @Test
    void aRawCsvBodyWithdrawsAnActiveMemberAndCorrectsItsCodeMatchingByFormerName() throws Exception {
        String town = "旧富里町" + tag();
        String city = "富里市" + tag();
        String id = admit(town, "MUNICIPALITY", "2013-05-27");
        assertThat(secretariat.post("/api/members/" + id + "/rename", """
                {"name":"%s","effectiveOn":"2020-04-01"}""".formatted(city)).status()).isEqualTo(200);
        byte[] file = csv(row(town, "とみさとし", "市町村", "122351", null, null, "2021-11-09", "退会届の受理"));

        Response response = raw("/api/members/import?dryRun=false", file, "text/csv");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode row = response.json().get("rows").get(0);
        assertThat(row.get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(row.get("memberId").asString()).isEqualTo(id);
        assertThat(row.get("changes").findValuesAsString("field"))
                .containsExactly("nameKana", "localGovernmentCode", "withdrawnOn", "withdrawalReason");
        Member stored = members.findById(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(stored.localGovernmentCode()).isEqualTo("122351");
        assertThat(stored.name()).isEqualTo(city);
        ConsumerRecord<String, byte[]> event = awaitEvent(EventCatalogue.MEMBER_WITHDRAWN.wireName(), id);
        assertThat(EventJson.read(event.value(), MemberWithdrawn.class).withdrawnOn()).isEqualTo(LocalDate.of(2021, 11, 9));

        Response again = raw("/api/members/import?dryRun=false", file, "text/csv");
        assertThat(again.json().get("rows").get(0).get("outcome").asString()).as(again.toString()).isEqualTo("UNCHANGED");
    }

    @Test
    void anExportImportedAgainChangesNothingInCsvAndXlsx() throws Exception {
        String town = "往復町" + tag();
        byte[] file = csv(
                row(town, "おうふくまち", "市町村", null, "千葉県往復町1", "2013-05-27", null, null),
                row("株式会社往復" + tag(), "おうふく", "民間企業", null, null, "2022-04-01", null, null),
                row("往復大学" + tag(), null, "大学", null, null, "2015-04-01", "2022-04-07", "退会届の受理"));
        assertThat(upload("/api/members/import?dryRun=false", file, "roll.csv", "text/csv").status()).isEqualTo(200);
        // An organisation that left and rejoined has two records under one name; the ids keep them apart.
        String rejoined = "再入会株式会社" + tag();
        String left = secretariat.post("/api/members", """
                {"name":"%s","category":"COMPANY","admittedOn":"2015-04-01"}""".formatted(rejoined)).json().get("id").asString();
        secretariat.post("/api/members/" + left + "/withdrawal", """
                {"withdrawnOn":"2022-06-30","reason":"退会届の受理"}""");
        assertThat(secretariat.post("/api/members/" + left + "/readmission", """
                {"admittedOn":"2022-10-01"}""").status()).isEqualTo(201);
        long documents = members.count();

        for (SheetFormat format : SheetFormat.values()) {
            HttpResponse<byte[]> export = http.send(HttpRequest.newBuilder(uri("/api/members/export?format="
                            + format.extension() + "&fiscalYear=2022"))
                    .header("Authorization", "Bearer " + TestTokens.secretariat()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("members-2022." + format.extension());
            String name = "export." + format.extension();

            Response dryRun = upload("/api/members/import?dryRun=true", export.body(), name, format.mediaType());
            Response real = upload("/api/members/import?dryRun=false", export.body(), name, format.mediaType());

            assertThat(dryRun.json().get("rows").findValuesAsString("outcome")).as(dryRun.toString()).containsOnly("UNCHANGED");
            assertThat(real.json().get("rows").findValuesAsString("outcome")).containsOnly("UNCHANGED");
            assertThat(real.json().get("rows").findValuesAsString("name")).contains(town);
            assertThat(real.json().get("rows").findValuesAsString("name")).filteredOn(rejoined::equals).hasSize(2);
            assertThat(members.count()).isEqualTo(documents);
        }
        HttpResponse<String> csvExport = http.send(HttpRequest.newBuilder(uri("/api/members/export?format=csv"))
                .header("Authorization", "Bearer " + TestTokens.secretariat()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csvExport.body()).startsWith("\uFEFF会員ID,名称,ふりがな,区分,団体コード,住所,入会日,退会日,退会理由\r\n");
        assertThat(csvExport.body()).contains("," + town + ",おうふくまち,市町村,,千葉県往復町1,2013-05-27,,\r\n");
    }

    @Test
    void excelsPlainCsvInShiftJisIsReadAsTheRoll() throws Exception {
        String town = "篠崎町" + tag();
        long documents = members.count();
        byte[] shiftJis = ("名称,ふりがな,区分,入会日\r\n" + town + ",しのざきまち,市町村,2013-05-27\r\n")
                .getBytes(Charset.forName("windows-31j"));

        Response response = raw("/api/members/import?dryRun=true", shiftJis, "text/csv");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("rows").findValuesAsString("outcome")).containsExactly("CREATED");
        assertThat(response.json().get("rows").get(0).get("name").asString()).isEqualTo(town);
        assertThat(members.count()).isEqualTo(documents);
    }

    @Test
    void aBadFileIsA400NamingTheRowAndFieldAndChangesNothing() throws Exception {
        long documents = members.count();
        String fine = "無事町" + tag();
        byte[] file = csv(
                row(fine, null, "市町村", null, null, "2013-05-27", null, null),
                row("株式会社日付誤り" + tag(), null, "民間企業", null, null, "昨日", null, null));

        Response rejected = upload("/api/members/import?dryRun=false", file, "roll.csv", "text/csv");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(rejected.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.json().get("errors").get(0).get("field").asString()).isEqualTo("admittedOn");
        assertThat(members.count()).isEqualTo(documents);

        Response noName = upload("/api/members/import?dryRun=true", "区分,入会日\n県,2013-05-27\n".getBytes(StandardCharsets.UTF_8),
                "roll.csv", "text/csv");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        Response notXlsx = upload("/api/members/import", "名称\n市川市\n".getBytes(StandardCharsets.UTF_8), "roll.xlsx",
                SheetFormat.XLSX.mediaType());
        assertThat(notXlsx.status()).isEqualTo(400);
        Response noFile = upload("/api/members/import", "x".getBytes(StandardCharsets.UTF_8), "roll.csv", "text/csv", "other");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        Response badFormat = secretariat.get("/api/members/export?format=pdf");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertThat(members.count()).isEqualTo(documents);
    }

    @Test
    void aFileOverTheLimitIsA413AndJsonBodiesKeepTheirOwnLimit() throws Exception {
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Response tooLarge = raw("/api/members/import", huge, "text/csv");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();

        String bigJson = "{\"name\":\"" + "x".repeat(70 * 1024) + "\",\"category\":\"COMPANY\",\"admittedOn\":\"2022-04-01\"}";
        assertThat(secretariat.post("/api/members", bigJson).status()).isEqualTo(413);
        StringBuilder many = new StringBuilder("名称,区分,入会日\n");
        for (int i = 0; i <= 20_000; i++) {
            many.append("会員").append(i).append(",団体,2022-04-01\n");
        }
        Response tooManyRows = raw("/api/members/import", many.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(tooManyRows.status()).isEqualTo(413);
        assertThat(tooManyRows.json().get("detail").asString()).contains("20000 rows");
    }

    @Test
    void onlyTheSecretariatImports() throws Exception {
        byte[] file = csv(row("権限外町" + tag(), null, "市町村", null, null, "2013-05-27", null, null));
        assertThat(upload("/api/members/import?dryRun=false", file, "roll.csv", "text/csv", "file", TestTokens.officer())
                .status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.member("m-1")).get("/api/members/export").status()).isEqualTo(403);
        assertThat(ApiClient.at(port).as(TestTokens.officer()).get("/api/members/export").status()).isEqualTo(200);
        assertThat(ApiClient.at(port).get("/api/members/export").status()).isEqualTo(401);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static byte[] csv(List<String>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(SheetFormat.CSV, "x", HEADER, List.of(rows), out);
        return out.toByteArray();
    }

    @SafeVarargs
    private static byte[] xlsx(List<String>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(SheetFormat.XLSX, "会員名簿", HEADER, List.of(rows), out);
        return out.toByteArray();
    }

    private Response upload(String path, byte[] file, String fileName, String type) throws Exception {
        return upload(path, file, fileName, type, "file", TestTokens.secretariat());
    }

    private Response upload(String path, byte[] file, String fileName, String type, String part) throws Exception {
        return upload(path, file, fileName, type, part, TestTokens.secretariat());
    }

    private Response upload(String path, byte[] file, String fileName, String type, String part, String token) throws Exception {
        String boundary = "----councilhub" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Response raw(String path, byte[] file, String type) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestTokens.secretariat())
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private Response send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String admit(String name, String category, String on) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"%s","admittedOn":"%s"}""".formatted(name, category, on));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<String> admittedNames() {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_ADMITTED.wireName()).stream()
                .map(record -> EventJson.read(record.value(), MemberAdmitted.class).name()).toList();
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String type, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> topic(Topics.MEMBERSHIP).records(type).stream()
                .anyMatch(record -> key.equals(record.key())));
        return topic(Topics.MEMBERSHIP).records(type).stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    }
}
