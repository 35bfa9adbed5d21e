package io.councilhub.gateway.dashboard.meetings;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import io.councilhub.gateway.dashboard.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.councilhub.gateway.dashboard.operations.Html.element;
import static io.councilhub.gateway.dashboard.operations.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat schedules meetings (in person, online, in writing) and puts numbered proposals on an assembly's
 * agenda from the dashboard; a bad form comes back with the field's error and sends nothing; officers cannot.
 */
class MeetingWorkPagesTest extends DashboardPageTest {

    static final String ASSEMBLY = "/api/meetings/m-2022-general-assembly";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final ServiceStandIn events = ServiceStandIn.start()
            .resource("GET /api/meetings?fiscalYear=2022", "activities/events/meetings-2022.json")
            .resource("GET /api/calendar/2022", "activities/events/calendar-2022.json")
            .resource("GET " + ASSEMBLY, "activities/events/general-assembly.json")
            .resource("GET " + ASSEMBLY + "/registrations", "activities/events/registrations.json")
            .resource("GET " + ASSEMBLY + "/attendance", "activities/events/attendance.json")
            .resource("GET " + ASSEMBLY + "/agenda", "activities/events/agenda.json")
            .answerWhen("POST /api/meetings", "\"title\":\"日程が重なる会議\"", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "startsAt", "must not be after the response deadline"))
            .answer("POST /api/meetings", 201, "application/json", "{\"id\":\"m-2022-extraordinary-assembly\"}")
            .answer("POST " + ASSEMBLY + "/agenda/proposals", 201, "application/json",
                    "{\"id\":\"m-2022-general-assembly-p8\",\"heading\":\"議案第8号\"}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).events(events);
    }

    @Test
    void theSecretariatSchedulesAnInPersonExtraordinaryAssembly() {
        Browser browser = administrator();
        assertThat(browser.page("/dashboard/meetings?fy=2022")).contains("href=\"/dashboard/meetings/new\"");
        String form = browser.page("/dashboard/meetings/new");
        assertThat(element(form, "select", "name=\"kind\"")).contains("臨時総会", "幹事会");

        HttpResponse<String> scheduled = browser.post("/dashboard/meetings", meeting(Map.of(
                "kind", "EXTRAORDINARY_ASSEMBLY", "title", "令和4年度臨時総会", "format", "IN_PERSON", "venue", "千葉市文化センター",
                "capacity", "80")));

        assertThat(scheduled.statusCode()).isEqualTo(302);
        assertThat(scheduled.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/meetings/m-2022-extraordinary-assembly");
        JsonNode body = lastBody("POST", "/api/meetings", "令和4年度臨時総会");
        assertThat(body.path("kind").asString()).isEqualTo("EXTRAORDINARY_ASSEMBLY");
        assertThat(body.path("startsAt").asString()).isEqualTo("2022-10-20T14:00+09:00");
        assertThat(body.path("endsAt").asString()).isEqualTo("2022-10-20T15:30+09:00");
        assertThat(body.path("format").asString()).isEqualTo("IN_PERSON");
        assertThat(body.path("venue").asString()).isEqualTo("千葉市文化センター");
        assertThat(body.path("joinUrl").isNull()).isTrue();
        assertThat(body.path("responseDeadline").isNull()).isTrue();
        assertThat(body.path("audience").asString()).isEqualTo("MEMBERS");
        assertThat(body.path("capacity").asInt()).isEqualTo(80);
    }

    @Test
    void aMeetingInWritingCarriesItsResponseDeadlineAndNoVenue() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/new");

        HttpResponse<String> scheduled = browser.post("/dashboard/meetings", meeting(Map.of(
                "kind", "EXECUTIVE_COMMITTEE", "title", "令和4年度第2回幹事会（書面開催）", "format", "WRITTEN",
                "venue", "使われない会場", "responseDeadline", "2022-10-31T17:00", "audience", "OFFICERS")));

        assertThat(scheduled.statusCode()).isEqualTo(302);
        JsonNode body = lastBody("POST", "/api/meetings", "第2回幹事会");
        assertThat(body.path("format").asString()).isEqualTo("WRITTEN");
        assertThat(body.path("responseDeadline").asString()).isEqualTo("2022-10-31T17:00+09:00");
        assertThat(body.path("venue").isNull()).isTrue();
        assertThat(body.path("audience").asString()).isEqualTo("OFFICERS");
    }

    @Test
    void aMeetingInPersonWithoutAVenueComesBackWithTheErrorAndIsNotSent() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/new");
        int before = events.seen("POST", "/api/meetings").size();

        HttpResponse<String> refused = browser.post("/dashboard/meetings", meeting(Map.of(
                "title", "会場のない総会", "format", "IN_PERSON", "endTime", "13:00")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"venue\""))).isEqualTo("対面・ハイブリッド開催では会場を入力してください");
        assertThat(text(element(refused.body(), "span", "data-field=\"endTime\""))).isEqualTo("終了時刻は開始時刻より後にしてください");
        assertThat(input(refused.body(), "title")).contains("value=\"会場のない総会\"");
        assertThat(events.seen("POST", "/api/meetings")).hasSize(before);
    }

    @Test
    void theServicesRefusalIsShownNextToTheFieldItNames() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/new");

        HttpResponse<String> refused = browser.post("/dashboard/meetings", meeting(Map.of("title", "日程が重なる会議")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(element(refused.body(), "span", "data-field=\"date\""))).isEqualTo("must not be after the response deadline");
        assertThat(text(element(refused.body(), "div", "class=\"notice form-problem\""))).contains("startsAt");
    }

    @Test
    void theSecretariatPutsTheNextNumberedProposalOnTheAssemblysAgenda() {
        Browser browser = administrator();
        String page = browser.page("/dashboard/meetings/m-2022-general-assembly");
        String form = element(page, "section", "id=\"add-proposal\"");
        assertThat(input(form, "number")).contains("value=\"8\"");
        assertThat(element(form, "select", "name=\"fiscalYear\"")).contains("value=\"2022\" selected");

        HttpResponse<String> added = browser.post("/dashboard/meetings/m-2022-general-assembly/agenda/proposals", Map.of(
                "number", "8", "title", "令和4年度収支補正予算について", "kind", "BUDGET", "fiscalYear", "2022",
                "subjectRef", "", "explanation", "補正予算を別紙のとおり定める。"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow())
                .endsWith("/dashboard/meetings/proposals/m-2022-general-assembly-p8");
        assertThat(events.seen("POST", ASSEMBLY + "/agenda/proposals")).last().satisfies(post -> assertThat(post.body())
                .isEqualTo("{\"number\":8,\"title\":\"令和4年度収支補正予算について\",\"kind\":\"BUDGET\",\"fiscalYear\":2022,"
                        + "\"subjectRef\":null,\"explanation\":\"補正予算を別紙のとおり定める。\"}"));
    }

    @Test
    void anActivityPlanProposalWithoutThePlansIdComesBackWithTheErrorAndIsNotSent() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/m-2022-general-assembly");
        int before = events.seen("POST", ASSEMBLY + "/agenda/proposals").size();

        HttpResponse<String> refused = browser.post("/dashboard/meetings/m-2022-general-assembly/agenda/proposals", Map.of(
                "number", "9", "title", "部会活動計画の承認について", "kind", "ACTIVITY_PLAN", "fiscalYear", "2022"));

        assertThat(refused.statusCode()).isEqualTo(400);
        String form = element(refused.body(), "section", "id=\"add-proposal\"");
        assertThat(text(element(form, "span", "data-field=\"subjectRef\""))).isEqualTo("この種類の議案では対象のIDを入力してください");
        assertThat(input(form, "title")).contains("value=\"部会活動計画の承認について\"");
        assertThat(text(element(refused.body(), "section", "id=\"agenda\""))).contains("第7号議案");
        assertThat(events.seen("POST", ASSEMBLY + "/agenda/proposals")).hasSize(before);
    }

    @Test
    void anOfficerCannotScheduleAddProposalsOrMarkAttendance() {
        Browser officer = SignedIn.staff(port, "officer-meetings", "OFFICER");
        assertThat(officer.page("/dashboard/meetings?fy=2022")).doesNotContain("/dashboard/meetings/new");
        String meeting = officer.page("/dashboard/meetings/m-2022-general-assembly");
        assertThat(meeting).doesNotContain("id=\"add-proposal\"", "出席にする");
        int before = events.seen().size();

        assertThat(officer.get("/dashboard/meetings/new").statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings", meeting(Map.of("venue", "会場", "format", "IN_PERSON"))).statusCode())
                .isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/m-2022-general-assembly/agenda/proposals", Map.of(
                "number", "8", "title", "x", "kind", "OTHER")).statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/m-2022-general-assembly/registrations/r-1/attendance",
                Map.of("attended", "true")).statusCode()).isEqualTo(403);
        assertThat(events.seen().subList(before, events.seen().size())).isEmpty();
    }

    @Test
    void theScheduleFormReadsInEnglish() {
        String form = administrator().page("/dashboard/meetings/new?lang=en");

        assertThat(text(element(form, "form", "id=\"schedule-form\""))).contains("Extraordinary assembly", "Response deadline (in writing)",
                "In writing");
    }

    /** A complete online general assembly on 20 October 2022, 14:00 to 15:30, with these fields changed. */
    private static Map<String, String> meeting(Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(Map.of("kind", "GENERAL_ASSEMBLY", "title", "総会", "date", "2022-10-20",
                "startTime", "14:00", "endTime", "15:30", "format", "ONLINE", "joinUrl", "https://meet.example.jp/assembly",
                "audience", "MEMBERS"));
        fields.putAll(changes);
        return fields;
    }

    /** The {@code <input name=...>} tag (a void element, without a closing tag). */
    private static String input(String html, String name) {
        Matcher tag = Pattern.compile("<input\\b[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
        return tag.find() ? tag.group() : "";
    }

    private static JsonNode lastBody(String method, String path, String containing) {
        return events.seen(method, path).stream().filter(seen -> seen.pathAndQuery().equals(path))
                .filter(seen -> seen.body().contains(containing)).reduce((a, b) -> b)
                .map(seen -> JSON.readTree(seen.body())).orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }
}
