package io.councilhub.events.calendar;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
class ActivityCalendarApiTest {

    @LocalServerPort
    int port;

    private static List<String> labels(JsonNode sheet, String activity, String month) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : sheet.get("rows")) {
            if (row.get("activity").asString().equals(activity)) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.get("month").asString().equals(month)) {
                        cell.get("items").forEach(item -> labels.add(item.get("label").asString()
                                + (item.get("planned").asBoolean() ? " (planned)" : " @" + item.get("meetingId").asString())));
                    }
                }
            }
        }
        return labels;
    }

    @Test
    void cellsComeFromPlannedItemsAndTheMeetingsThatCarryThemOut() {
        ApiClient secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        secretariat.put("/api/calendar/2024/rows/GENERAL_ASSEMBLY", """
                {"summary":"規約の改定の承認 役員の選任の承認"}""");
        Response planned = secretariat.post("/api/calendar/2024/planned-items", """
                {"activity":"GENERAL_ASSEMBLY","month":"2024-07","label":"通常総会(web開催)","kind":"GENERAL_ASSEMBLY"}""");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        secretariat.post("/api/calendar/2024/planned-items", """
                {"activity":"LECTURES","month":"2024-08","label":"提案会開催","kind":"PITCH_SESSION"}""");

        JsonNode before = secretariat.get("/api/calendar/2024").json();
        assertThat(before.get("title").asString()).isEqualTo("令和6年度年間活動計画書");
        assertThat(before.get("months")).hasSize(12);
        assertThat(before.get("months").get(0).get("label").asString()).isEqualTo("4月");
        assertThat(before.get("rows").get(0).get("name").asString()).isEqualTo("総会");
        assertThat(before.get("rows").get(0).get("summary").asString()).isEqualTo("規約の改定の承認 役員の選任の承認");
        assertThat(labels(before, "GENERAL_ASSEMBLY", "2024-07")).containsExactly("通常総会(web開催) (planned)");

        secretariat.post("/api/meetings", """
                {"id":"m-cal-assembly","kind":"GENERAL_ASSEMBLY","title":"通常総会","startsAt":"2024-07-15T14:00:00+09:00",
                 "endsAt":"2024-07-15T15:30:00+09:00","format":"ONLINE","joinUrl":"https://meet.example.jp/j/1","audience":"MEMBERS"}""");
        secretariat.post("/api/meetings", """
                {"id":"m-cal-seminar","kind":"SEMINAR","title":"ちばDXセミナー","startsAt":"2024-08-30T14:00:00+09:00",
                 "endsAt":"2024-08-30T16:00:00+09:00","format":"ONLINE","joinUrl":"https://meet.example.jp/j/2","audience":"PUBLIC"}""");
        secretariat.post("/api/meetings", """
                {"id":"m-cal-2021","kind":"SEMINAR","title":"前年度","startsAt":"2024-03-30T14:00:00+09:00",
                 "endsAt":"2024-03-30T16:00:00+09:00","format":"ONLINE","joinUrl":"https://meet.example.jp/j/3","audience":"PUBLIC"}""");

        JsonNode after = ApiClient.at(port).as(TestTokens.member("m-1")).get("/api/calendar/2024").json();
        assertThat(labels(after, "GENERAL_ASSEMBLY", "2024-07")).containsExactly("通常総会(web開催) @m-cal-assembly");
        assertThat(labels(after, "LECTURES", "2024-08")).containsExactlyInAnyOrder("提案会開催 (planned)", "ちばDXセミナー @m-cal-seminar");
        assertThat(after.toString()).doesNotContain("前年度");

        Response refused = secretariat.post("/api/calendar/2024/planned-items", """
                {"activity":"OTHER","month":"2025-04","label":"来年度"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("month");
    }

    @Test
    void thePrintablePageIsTheTableWithEveryTextEscaped() {
        ApiClient secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        secretariat.put("/api/calendar/2023/rows/OTHER", """
                {"summary":"<script>alert('x')</script> & 国、関係機関からの情報収集"}""");
        secretariat.post("/api/calendar/2023/planned-items", """
                {"activity":"OTHER","month":"2023-05","label":"<b>情報提供</b>"}""");

        Response page = secretariat.get("/api/calendar/2023/print");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<title>令和5年度年間活動計画書</title>", "<th>事業名称</th>", "<th>概要等</th>",
                "<th>4月</th>", "<th>3月</th>", "協議会ホームページの運営");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("<b>情報提供</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 国", "&lt;b&gt;情報提供&lt;/b&gt;");
    }
}
