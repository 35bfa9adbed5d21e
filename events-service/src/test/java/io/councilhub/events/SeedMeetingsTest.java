package io.councilhub.events;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The devstack's demo meetings ({@code infra/devstack/.../demo/meetings.json}) load through the API as the
 * devstack's DemoData loads them, and give the packet's numbers back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=events-service-demo") // a context (and store) of its own: the demo's ids
@CouncilInfrastructure
class SeedMeetingsTest {

    static final Path DEMO = Path.of("../infra/devstack/src/main/resources/demo/meetings.json");

    @LocalServerPort
    int port;

    @Test
    void theSeedsMeetingsLoadAndReportTheirAttendanceAndCalendarAsThePacketDoes() throws Exception {
        ApiClient secretariat = ApiClient.at(port).as(TestTokens.secretariat());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode demo = json.readTree(Files.readString(DEMO));
        for (JsonNode meeting : demo.get("meetings")) {
            ObjectNode body = (ObjectNode) meeting.deepCopy();
            JsonNode attendance = body.remove("attendance");
            Response created = secretariat.post("/api/meetings", body.toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            if (attendance != null) {
                Response reported = secretariat.put("/api/meetings/" + meeting.get("id").asString() + "/attendance",
                        attendance.toString());
                assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
            }
        }
        JsonNode calendar = demo.get("calendar");
        for (JsonNode row : calendar.get("rows")) {
            ObjectNode body = (ObjectNode) row.deepCopy();
            String activity = body.remove("activity").asString();
            assertThat(secretariat.put("/api/calendar/2022/rows/" + activity, body.toString()).status()).isEqualTo(200);
        }
        for (JsonNode item : calendar.get("plannedItems")) {
            assertThat(secretariat.post("/api/calendar/2022/planned-items", item.toString()).status()).isEqualTo(201);
        }

        assertThat(secretariat.get("/api/meetings/m-2021-joint-study-1/attendance").json().get("summary").asString())
                .isEqualTo("受講者 16自治体・3団体、26名（オブザーバー含む） 講師・運営側 6名");
        assertThat(secretariat.get("/api/meetings/m-2021-joint-study-3/attendance").json().get("summary").asString())
                .isEqualTo("受講者 14自治体・2団体、25名（オブザーバー含む） 講師・運営側 4名");
        JsonNode assembly = secretariat.get("/api/meetings/m-2022-general-assembly").json();
        assertThat(assembly.get("fiscalYear").asInt()).isEqualTo(2022);
        assertThat(secretariat.get("/api/meetings/m-2022-executive-committee").json().get("format").asString()).isEqualTo("WRITTEN");
        assertThat(ApiClient.at(port).get("/api/meetings/m-2022-forum").json().get("coHosts").get(0).asString())
                .isEqualTo("公益社団法人 千葉県情報サービス産業協会");
        assertThat(secretariat.get("/api/meetings?fiscalYear=2021").json().get("items")).hasSize(3);

        String page = secretariat.get("/api/calendar/2022/print").body();
        assertThat(page).contains("通常総会(web開催)", "幹事会(書面開催)", "総会議題として開催", "提案会開催", "セミナー開催",
                "ちばDXフォーラム", "国、関係機関からの情報収集及び提供");
    }
}
