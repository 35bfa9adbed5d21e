package io.councilhub.membership.contact;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberContactsChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The April personnel change (人事異動) and the contacts sheet it reads, as the secretariat uses them. */
class PersonnelChangeApiTest extends ServiceApiTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ContactLists lists;

    ApiClient sheet;

    @BeforeEach
    void setUp() {
        sheet = as(TestTokens.secretariat());
    }

    /** Four members as the packet's 幹事 list has them, one withdrawn; and the sheet of April's changes. */
    record April(String ichikawa, String chonan, String kisarazu, String withdrawn, List<String> lines) {

        /** The sheet as Excel's "CSV UTF-8". */
        byte[] file() {
            return concat(BOM, String.join("\r\n", lines).concat("\r\n").getBytes(StandardCharsets.UTF_8));
        }

        /** The same sheet typed into an Excel workbook (blank cells left empty). */
        byte[] workbook() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
                Worksheet sheet = workbook.newWorksheet("Sheet1");
                for (int r = 0; r < lines.size(); r++) {
                    String[] cells = lines.get(r).split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        if (!cells[c].isEmpty()) {
                            sheet.value(r, c, cells[c]);
                        }
                    }
                }
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** The member named by name in the sheet needs a name no other test's member has. */
    static final AtomicInteger ROUND = new AtomicInteger();

    April april() {
        String chonanName = "長南町" + ROUND.incrementAndGet();
        String ichikawa = admit("市川市");
        String chonan = admit(chonanName);
        String kisarazu = admit("木更津市");
        String withdrawn = admit("旧富里町");
        put(ichikawa, """
                {"name":"大塚 信之","department":"情報政策部 情報政策課","title":"課長","email":"joho@example.jp",
                 "phone":"047-334-1111","roles":["PRIMARY","NEWSLETTER"]},
                {"name":"鈴木 花子","department":"情報政策部 情報政策課","title":"主査","email":"suzuki@example.jp",
                 "roles":["BILLING"]}""");
        put(chonan, """
                {"name":"河野 勉","department":"企画政策課","title":"課長","email":"kono@example.jp","roles":["PRIMARY"]}""");
        put(kisarazu, """
                {"name":"安田 貴之","department":"市長公室 経営改革課","title":"課長","email":"yasuda@example.jp","roles":["PRIMARY"]}""");
        put(withdrawn, """
                {"name":"富里 太郎","email":"tomisato@example.jp"}""");
        assertThat(secretariat.post("/api/members/" + withdrawn + "/withdrawal", """
                {"withdrawnOn":"2021-11-09","reason":"退会届の受理"}""").status()).isEqualTo(200);
        List<String> lines = List.of(
                "memberId,memberName,name,department,title,email,phone,roles",
                ichikawa + ",市川市,大塚　信之,情報政策部 情報政策課,部長,joho@example.jp,047-334-1111,PRIMARY|NEWSLETTER",
                ichikawa + ",市川市,高橋 一郎,情報政策部 情報政策課,主査,takahashi@example.jp,047-334-1112,BILLING",
                "," + chonanName + ",河野 勉,企画政策課,課長,kono@example.jp,,PRIMARY",
                kisarazu + ",木更津市,安田 貴之,市長公室 経営改革課,課長,yasuda@@example.jp,,PRIMARY",
                kisarazu + ",木更津市,木更津 次郎,市長公室,主任,jiro@example.jp,438-23-7111,PRIMARY;CHAIR",
                "no-such-member,,誰か,,,someone@example.jp,,",
                withdrawn + ",旧富里町,富里 花子,,,hanako@example.jp,,",
                ",,,,,,,");
        return new April(ichikawa, chonan, kisarazu, withdrawn, lines);
    }

    @Test
    void aDryRunPreviewsThePersonnelChangeAndChangesNothing() {
        April april = april();
        Map<String, Long> versions = versions(april);
        int eventsBefore = contactsChanged(april.ichikawa()).size();

        Response preview = sheet.post("/api/contacts/personnel-change?dryRun=true", "text/csv", april.file());

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode report = preview.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("message").asString()).startsWith("確認のみ");
        assertThat(report.get("rows").asInt()).isEqualTo(7);

        JsonNode ichikawa = member(report, april.ichikawa());
        assertThat(ichikawa.get("outcome").asString()).isEqualTo("CHANGED");
        assertThat(ichikawa.get("rows").valueStream().map(JsonNode::asInt).toList()).containsExactly(2, 3);
        assertThat(ichikawa.get("added").findValuesAsString("name")).containsExactly("高橋 一郎");
        assertThat(ichikawa.get("added").get(0).get("id").isNull()).as("a dry run gives no ids").isTrue();
        assertThat(ichikawa.get("removed").findValuesAsString("name")).containsExactly("鈴木 花子");
        JsonNode promoted = ichikawa.get("changed").get(0);
        assertThat(promoted.get("name").asString()).isEqualTo("大塚 信之");
        assertThat(promoted.get("fields")).hasSize(1);
        assertThat(promoted.get("fields").get(0).get("field").asString()).isEqualTo("title");
        assertThat(promoted.get("fields").get(0).get("from").asString()).isEqualTo("課長");
        assertThat(promoted.get("fields").get(0).get("to").asString()).isEqualTo("部長");
        assertThat(ichikawa.get("unchanged")).isEmpty();

        JsonNode chonan = member(report, april.chonan());
        assertThat(chonan.get("outcome").asString()).as("found by its name").isEqualTo("UNCHANGED");
        assertThat(chonan.get("unchanged").findValuesAsString("name")).containsExactly("河野 勉");

        assertThat(member(report, april.kisarazu()).get("outcome").asString()).isEqualTo("SKIPPED");
        assertThat(rejections(report)).containsExactlyInAnyOrder(
                "5 email", "6 phone", "6 roles", "7 memberId", "8 memberId");
        assertThat(report.get("summary").get("membersChanged").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("membersSkipped").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("rejectedRows").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").get(0).get("column").asString()).isEqualTo("email");
        assertThat(preview.body()).as("a rejection says why, never the cell").doesNotContain("yasuda@@example.jp");

        assertThat(versions(april)).isEqualTo(versions);
        assertThat(lists.findById(april.ichikawa()).orElseThrow().contacts()).extracting(Contact::name)
                .containsExactly("大塚 信之", "鈴木 花子");
        assertThat(contactsChanged(april.ichikawa())).hasSize(eventsBefore);
    }

    @Test
    void theAprilPersonnelChangeAppliesOnceAndASecondIdenticalRunChangesNothingAndPublishesNothing() {
        April april = april();
        awaitContactsChanged(april.ichikawa(), 1);

        Response applied = sheet.post("/api/contacts/personnel-change?dryRun=false", "text/csv", april.file());

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("applied").asBoolean()).isTrue();
        assertThat(applied.json().get("summary").get("membersChanged").asInt()).isEqualTo(1);
        ContactList ichikawa = lists.findById(april.ichikawa()).orElseThrow();
        assertThat(ichikawa.contacts()).extracting(Contact::name).containsExactly("大塚 信之", "高橋 一郎");
        assertThat(ichikawa.contacts().get(0).title()).isEqualTo("部長");
        assertThat(lists.findById(april.kisarazu()).orElseThrow().contacts()).as("skipped: kept as it was")
                .extracting(Contact::name).containsExactly("安田 貴之");
        MemberContactsChanged event = EventJson.read(awaitContactsChanged(april.ichikawa(), 2).get(1).value(),
                MemberContactsChanged.class);
        assertThat(event.contacts()).extracting(MemberContactsChanged.Contact::email)
                .containsExactly("joho@example.jp", "takahashi@example.jp");
        assertThat(event.contacts().get(0).title()).isEqualTo("部長");
        Map<String, Long> versions = versions(april);
        int published = allContactsChanged(april).size();

        Response again = sheet.post("/api/contacts/personnel-change?dryRun=false", "text/csv", april.file());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("summary").get("membersChanged").asInt()).isZero();
        assertThat(member(again.json(), april.ichikawa()).get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(versions(april)).as("nothing written").isEqualTo(versions);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> allContactsChanged(april).size() == published);
    }

    @Test
    void exportingEditingNothingAndImportingChangesNothing() {
        April april = april();

        HttpResponse<byte[]> export = sheet.getBytes("/api/contacts/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
        byte[] file = export.body();
        assertThat(file).startsWith(BOM);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("会員ID,会員名,氏名,所属,役職,メールアドレス,電話番号,役割")
                .contains(april.ichikawa() + ",市川市,大塚 信之,情報政策部 情報政策課,課長,joho@example.jp,047-334-1111,PRIMARY|NEWSLETTER")
                .doesNotContain("tomisato@example.jp");
        Map<String, Long> versions = versions(april);

        Response reimport = sheet.upload("/api/contacts/personnel-change?dryRun=false", "contacts.csv", "text/csv", file);

        assertThat(reimport.status()).as(reimport.toString()).isEqualTo(200);
        JsonNode summary = reimport.json().get("summary");
        assertThat(summary.get("membersChanged").asInt()).isZero();
        assertThat(summary.get("membersSkipped").asInt()).isZero();
        assertThat(summary.get("rejectedRows").asInt()).isZero();
        assertThat(summary.get("membersUnchanged").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(versions(april)).isEqualTo(versions);

        String shiftJis = new String(file, StandardCharsets.UTF_8).substring(1);
        Response fromOldExcel = sheet.post("/api/contacts/personnel-change", "text/csv", shiftJis.getBytes(Charset.forName("windows-31j")));
        assertThat(fromOldExcel.json().get("summary").get("membersChanged").asInt()).isZero();
        assertThat(fromOldExcel.json().get("summary").get("rejectedRows").asInt()).isZero();
    }

    @Test
    void aPersonnelChangeFromAnXlsxWorkbookIsPreviewedThenAppliedLikeTheCsv() {
        April april = april();
        Map<String, Long> versions = versions(april);

        Response preview = sheet.upload("/api/contacts/personnel-change", "jinji-ido.xlsx", XLSX, april.workbook());

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("dryRun").asBoolean()).isTrue();
        assertThat(preview.json().get("rows").asInt()).isEqualTo(7);
        JsonNode ichikawa = member(preview.json(), april.ichikawa());
        assertThat(ichikawa.get("outcome").asString()).isEqualTo("CHANGED");
        assertThat(ichikawa.get("rows").valueStream().map(JsonNode::asInt).toList())
                .as("row numbers as Excel shows them").containsExactly(2, 3);
        assertThat(ichikawa.get("added").findValuesAsString("name")).containsExactly("高橋 一郎");
        assertThat(member(preview.json(), april.chonan()).get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(rejections(preview.json())).containsExactlyInAnyOrder(
                "5 email", "6 phone", "6 roles", "7 memberId", "8 memberId");
        assertThat(versions(april)).as("a dry run writes nothing").isEqualTo(versions);

        Response applied = sheet.post("/api/contacts/personnel-change?dryRun=false", XLSX, april.workbook());

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("applied").asBoolean()).isTrue();
        assertThat(applied.json().get("summary").get("membersChanged").asInt()).isEqualTo(1);
        ContactList list = lists.findById(april.ichikawa()).orElseThrow();
        assertThat(list.contacts()).extracting(Contact::name).containsExactly("大塚 信之", "高橋 一郎");
        assertThat(list.contacts().get(1).phone().value()).isEqualTo("047-334-1112");
        assertThat(lists.findById(april.kisarazu()).orElseThrow().contacts()).extracting(Contact::name)
                .containsExactly("安田 貴之");
    }

    @Test
    void exportingAsXlsxAndImportingTheWorkbookBackChangesNothing() {
        April april = april();

        HttpResponse<byte[]> export = sheet.getBytes("/api/contacts/export?format=xlsx");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".xlsx");
        assertThat(export.body()).startsWith('P', 'K', 3, 4);
        Map<String, Long> versions = versions(april);

        Response reimport = sheet.upload("/api/contacts/personnel-change?dryRun=false", "contacts.xlsx", XLSX, export.body());

        assertThat(reimport.status()).as(reimport.toString()).isEqualTo(200);
        JsonNode summary = reimport.json().get("summary");
        assertThat(summary.get("membersChanged").asInt()).isZero();
        assertThat(summary.get("membersSkipped").asInt()).isZero();
        assertThat(summary.get("rejectedRows").asInt()).isZero();
        assertThat(member(reimport.json(), april.ichikawa()).get("unchanged").findValuesAsString("name"))
                .containsExactly("大塚 信之", "鈴木 花子");
        assertThat(versions(april)).isEqualTo(versions);
        Response badFormat = secretariat.get("/api/contacts/export?format=pdf");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    @Test
    void aRowNamingOnlyTheMemberClearsItsContactsAndMembersNotInTheSheetKeepTheirs() {
        April april = april();

        String chonanName = secretariat.get("/api/members/" + april.chonan()).json().get("name").asString();
        Response applied = sheet.post("/api/contacts/personnel-change?dryRun=false", "text/csv", """
                会員名,氏名,メールアドレス
                %s,,
                """.formatted(chonanName).getBytes(StandardCharsets.UTF_8));

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(member(applied.json(), april.chonan()).get("removed").findValuesAsString("name")).containsExactly("河野 勉");
        assertThat(lists.findById(april.chonan()).orElseThrow().contacts()).isEmpty();
        assertThat(lists.findById(april.ichikawa()).orElseThrow().contacts()).hasSize(2);
    }

    @Test
    void onlyTheSecretariatRunsThePersonnelChangeOrExports() {
        April april = april();
        ApiClient member = as(TestTokens.member(april.ichikawa()));
        ApiClient officer = as(TestTokens.officer());

        assertThat(member.post("/api/contacts/personnel-change?dryRun=false", "text/csv", april.file()).status()).isEqualTo(403);
        assertThat(officer.getBytes("/api/contacts/export").statusCode()).isEqualTo(403);
        assertThat(anonymous().getBytes("/api/contacts/export").statusCode()).isEqualTo(401);

        Response noColumns = sheet.post("/api/contacts/personnel-change", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        admit("市川市");
        Response ambiguous = sheet.post("/api/contacts/personnel-change", "text/csv", """
                会員名,氏名,メールアドレス
                市川市,大塚 信之,joho@example.jp
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(rejections(ambiguous.json())).containsExactly("2 memberName");
        assertThat(ambiguous.json().get("rejected").get(0).get("reason").asString()).contains("several members");
        Response badFlag = sheet.post("/api/contacts/personnel-change?dryRun=maybe", "text/csv", april.file());
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.json().get("errors").get(0).get("field").asString()).isEqualTo("dryRun");
        assertThat(lists.findById(april.ichikawa()).orElseThrow().contacts()).extracting(Contact::name)
                .containsExactly("大塚 信之", "鈴木 花子");
    }

    private static JsonNode member(JsonNode report, String memberId) {
        return StreamSupport.stream(report.get("members").spliterator(), false)
                .filter(member -> memberId.equals(member.get("memberId").asString())).findFirst().orElseThrow();
    }

    private static List<String> rejections(JsonNode report) {
        List<String> found = new ArrayList<>();
        report.get("rejected").forEach(rejection -> found.add(rejection.get("row").asInt() + " " + rejection.get("field").asString()));
        return found;
    }

    private Map<String, Long> versions(April april) {
        return Map.of(april.ichikawa(), version(april.ichikawa()), april.chonan(), version(april.chonan()),
                april.kisarazu(), version(april.kisarazu()));
    }

    private long version(String memberId) {
        return lists.findById(memberId).map(ContactList::version).orElse(-1L);
    }

    private List<ConsumerRecord<String, byte[]>> awaitContactsChanged(String memberId, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> contactsChanged(memberId).size() >= count);
        return contactsChanged(memberId);
    }

    private List<ConsumerRecord<String, byte[]>> contactsChanged(String memberId) {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_CONTACTS_CHANGED.wireName()).stream()
                .filter(record -> memberId.equals(record.key())).toList();
    }

    private List<ConsumerRecord<String, byte[]>> allContactsChanged(April april) {
        List<String> ids = List.of(april.ichikawa(), april.chonan(), april.kisarazu(), april.withdrawn());
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_CONTACTS_CHANGED.wireName()).stream()
                .filter(record -> ids.contains(record.key())).toList();
    }

    private void put(String memberId, String contacts) {
        Response put = secretariat.put("/api/members/" + memberId + "/contacts", "{\"contacts\":[" + contacts + "]}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    private String admit(String name) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"MUNICIPALITY","admittedOn":"2013-05-27"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
