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
 * The secretariat schedules meetings (in person, online, in writing), reschedules and cancels them, puts numbered
 * proposals and reports on an assembly's agenda and writes its minutes from the dashboard; a bad form comes back
 * with the field's error and sends nothing; officers read and cannot.
 */
class MeetingWorkPagesTest extends DashboardPageTest {

    static final String ASSEMBLY = "/api/meetings/m-2022-general-assembly";
    static final String SEMINAR = "/api/meetings/m-2022-dx-seminar";
    static final String CANCELLED = "/api/meetings/m-2022-pitch";
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
                    "{\"id\":\"m-2022-general-assembly-p8\",\"heading\":\"議案第8号\"}")
            .answer("POST " + ASSEMBLY + "/agenda/reports", 201, "application/json",
                    "{\"id\":\"m-2022-general-assembly-r2\",\"heading\":\"報告2\"}")
            .answer("POST " + ASSEMBLY + "/registrations/r-1/cancellation", 200, "application/json",
                    "{\"id\":\"r-1\",\"status\":\"CANCELLED\"}")
            .answer("GET " + ASSEMBLY + "/minutes", 200, "application/json", "{\"meetingId\":\"m-2022-general-assembly\","
                    + "\"text\":\"1 開会\\n2 議事\\n  第6号議案 原案のとおり可決\",\"updatedAt\":\"2022-07-20T10:00:00+09:00\","
                    + "\"updatedBy\":\"jimukyoku\"}")
            .answer("PUT " + ASSEMBLY + "/minutes", 200, "application/json", "{\"meetingId\":\"m-2022-general-assembly\"}")
            .answer("GET " + SEMINAR, 200, "application/json", meetingJson("m-2022-dx-seminar", "SEMINAR", "DX推進セミナー",
                    "IN_PERSON", "\"千葉県庁本庁舎\"", "SCHEDULED", null))
            .answer("GET " + SEMINAR + "/registrations", 200, "application/json", "{\"items\":[],\"confirmed\":0}")
            .answer("GET " + SEMINAR + "/agenda", 200, "application/json", "{\"meetingId\":\"m-2022-dx-seminar\",\"items\":[]}")
            .answer("GET " + SEMINAR + "/minutes", 200, "application/json", "{\"meetingId\":\"m-2022-dx-seminar\"}")
            .answerWhen("POST " + SEMINAR + "/rescheduling", "2022-09-01", 409, "application/problem+json",
                    "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"meeting m-2022-dx-seminar is not scheduled\"}")
            .answer("POST " + SEMINAR + "/rescheduling", 200, "application/json", "{\"id\":\"m-2022-dx-seminar\"}")
            .answer("POST " + SEMINAR + "/cancellation", 200, "application/json", "{\"id\":\"m-2022-dx-seminar\"}")
            .answer("GET " + CANCELLED, 200, "application/json", meetingJson("m-2022-pitch", "PITCH_SESSION",
                    "ピッチイベント", "ONLINE", "null", "CANCELLED", "\"台風接近のため\""))
            .resource("GET " + CANCELLED + "/registrations", "activities/events/registrations.json")
            .answer("GET " + CANCELLED + "/minutes", 200, "application/json", "{\"meetingId\":\"m-2022-pitch\"}");

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

    @Test
    void theSecretariatMovesASeminarToAnotherDayAndVenue() {
        Browser browser = administrator();
        String page = browser.page("/dashboard/meetings/m-2022-dx-seminar");
        String form = element(page, "section", "id=\"reschedule\"");
        assertThat(input(form, "date")).contains("value=\"2022-11-10\"");
        assertThat(input(form, "startTime")).contains("value=\"13:30\"");
        assertThat(input(form, "endTime")).contains("value=\"16:00\"");
        assertThat(input(form, "venue")).contains("value=\"千葉県庁本庁舎\"");
        assertThat(text(form)).contains("参加登録者にはメールでお知らせします");

        HttpResponse<String> moved = browser.post("/dashboard/meetings/m-2022-dx-seminar/rescheduling", Map.of(
                "date", "2022-11-17", "startTime", "14:00", "endTime", "16:30", "venue", "千葉市生涯学習センター"));

        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/meetings/m-2022-dx-seminar");
        assertThat(events.seen("POST", SEMINAR + "/rescheduling")).last().satisfies(post -> assertThat(post.body())
                .isEqualTo("{\"startsAt\":\"2022-11-17T14:00+09:00\",\"endsAt\":\"2022-11-17T16:30+09:00\","
                        + "\"venue\":\"千葉市生涯学習センター\"}"));
        assertThat(text(element(browser.page("/dashboard/meetings/m-2022-dx-seminar"), "p", "class=\"flash\"")))
                .isEqualTo("日程を変更しました。参加登録者にお知らせします");
    }

    @Test
    void aRescheduleThatEndsBeforeItStartsComesBackWithTheErrorAndIsNotSent() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/m-2022-dx-seminar");
        int before = events.seen("POST", SEMINAR + "/rescheduling").size();

        HttpResponse<String> refused = browser.post("/dashboard/meetings/m-2022-dx-seminar/rescheduling", Map.of(
                "date", "2022-11-17", "startTime", "16:00", "endTime", "14:00", "venue", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        String form = element(refused.body(), "section", "id=\"reschedule\"");
        assertThat(text(element(form, "span", "data-field=\"endTime\""))).isEqualTo("終了時刻は開始時刻より後にしてください");
        assertThat(input(form, "startTime")).contains("value=\"16:00\"");
        assertThat(element(refused.body(), "section", "id=\"cancel\"")).doesNotContain("field-error");
        assertThat(events.seen("POST", SEMINAR + "/rescheduling")).hasSize(before);
    }

    @Test
    void theServicesRefusalOfARescheduleIsShownOnItsForm() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/m-2022-dx-seminar");

        HttpResponse<String> refused = browser.post("/dashboard/meetings/m-2022-dx-seminar/rescheduling", Map.of(
                "date", "2022-09-01", "startTime", "14:00", "endTime", "15:00"));

        assertThat(refused.statusCode()).isEqualTo(409);
        String form = element(refused.body(), "section", "id=\"reschedule\"");
        assertThat(text(element(form, "div", "class=\"notice form-problem\""))).contains("is not scheduled");
        assertThat(input(form, "date")).contains("value=\"2022-09-01\"");
    }

    @Test
    void theSecretariatCancelsAMeetingWithTheReasonTheRegistrantsAreTold() {
        Browser browser = administrator();
        browser.page("/dashboard/meetings/m-2022-dx-seminar");
        int before = events.seen("POST", SEMINAR + "/cancellation").size();

        HttpResponse<String> withoutReason = browser.post("/dashboard/meetings/m-2022-dx-seminar/cancellation",
                Map.of("reason", "  "));
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(text(element(element(withoutReason.body(), "section", "id=\"cancel\""), "span",
                "data-field=\"reason\""))).isEqualTo("中止理由を入力してください");
        assertThat(events.seen("POST", SEMINAR + "/cancellation")).hasSize(before);

        HttpResponse<String> cancelled = browser.post("/dashboard/meetings/m-2022-dx-seminar/cancellation",
                Map.of("reason", "台風接近のため"));

        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(events.seen("POST", SEMINAR + "/cancellation")).hasSize(before + 1).last()
                .satisfies(post -> assertThat(post.body()).isEqualTo("{\"reason\":\"台風接近のため\"}"));
    }

    @Test
    void aCancelledMeetingShowsItsReasonAndOffersNoChangesAndNoAttendance() {
        String page = administrator().page("/dashboard/meetings/m-2022-pitch");

        assertThat(text(element(page, "dd", "class=\"cancellation-reason\""))).isEqualTo("台風接近のため");
        assertThat(text(element(page, "section", "id=\"registrations\""))).contains("市川 太郎");
        assertThat(page).doesNotContain("出席にする", "欠席にする", "登録を取り消す", "id=\"reschedule\"", "id=\"cancel\"",
                "id=\"add-proposal\"", "id=\"add-report\"");
    }

    @Test
    void theSecretariatPutsTheNextNumberedReportOnTheAgenda() {
        Browser browser = administrator();
        String form = element(browser.page("/dashboard/meetings/m-2022-general-assembly"), "section", "id=\"add-report\"");
        assertThat(input(form, "number")).contains("value=\"2\"");

        HttpResponse<String> added = browser.post("/dashboard/meetings/m-2022-general-assembly/agenda/reports", Map.of(
                "number", "2", "title", "令和4年度上半期の活動状況について", "text", "別紙のとおり報告する。"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow())
                .endsWith("/dashboard/meetings/m-2022-general-assembly#agenda");
        assertThat(events.seen("POST", ASSEMBLY + "/agenda/reports")).last().satisfies(post -> assertThat(post.body())
                .isEqualTo("{\"number\":2,\"title\":\"令和4年度上半期の活動状況について\",\"text\":\"別紙のとおり報告する。\"}"));
    }

    @Test
    void theSecretariatCancelsARegistrationOnTheRegistrantsBehalf() {
        Browser browser = administrator();
        String row = element(browser.page("/dashboard/meetings/m-2022-general-assembly"), "tr", "data-registration=\"r-1\"");
        assertThat(row).contains("登録を取り消す");

        HttpResponse<String> cancelled = browser.post(
                "/dashboard/meetings/m-2022-general-assembly/registrations/r-1/cancellation", Map.of());

        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(cancelled.headers().firstValue("Location").orElseThrow())
                .endsWith("/dashboard/meetings/m-2022-general-assembly#registrations");
        assertThat(events.seen("POST", ASSEMBLY + "/registrations/r-1/cancellation")).isNotEmpty();
        assertThat(text(element(browser.page("/dashboard/meetings/m-2022-general-assembly"), "p", "class=\"flash\"")))
                .isEqualTo("参加登録を取り消しました");
    }

    @Test
    void theMinutesAreReadOnTheMeetingPageAndWrittenByTheSecretariat() {
        Browser browser = administrator();
        String minutes = element(browser.page("/dashboard/meetings/m-2022-general-assembly"), "section", "id=\"minutes\"");
        assertThat(text(element(minutes, "div", "class=\"minutes-text\""))).contains("第6号議案 原案のとおり可決");
        assertThat(text(minutes)).contains("令和4年7月20日", "jimukyoku");
        int before = events.seen("PUT", ASSEMBLY + "/minutes").size();

        HttpResponse<String> empty = browser.post("/dashboard/meetings/m-2022-general-assembly/minutes", Map.of("text", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(text(element(element(empty.body(), "section", "id=\"minutes\""), "span", "data-field=\"text\"")))
                .isEqualTo("入力してください");
        assertThat(events.seen("PUT", ASSEMBLY + "/minutes")).hasSize(before);

        HttpResponse<String> saved = browser.post("/dashboard/meetings/m-2022-general-assembly/minutes",
                Map.of("text", "1 開会\n2 議事\n3 閉会"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(events.seen("PUT", ASSEMBLY + "/minutes")).hasSize(before + 1).last()
                .satisfies(put -> assertThat(put.body()).isEqualTo("{\"text\":\"1 開会\\n2 議事\\n3 閉会\"}"));
    }

    @Test
    void anOfficerReadsTheMinutesButCannotChangeTheMeeting() {
        Browser officer = SignedIn.staff(port, "officer-changes", "OFFICER");
        String page = officer.page("/dashboard/meetings/m-2022-general-assembly");
        assertThat(text(element(page, "section", "id=\"minutes\""))).contains("第6号議案 原案のとおり可決");
        assertThat(page).doesNotContain("id=\"add-report\"", "name=\"text\"", "登録を取り消す");
        assertThat(officer.page("/dashboard/meetings/m-2022-dx-seminar")).doesNotContain("id=\"reschedule\"",
                "id=\"cancel\"");
        int before = events.seen().size();

        assertThat(officer.post("/dashboard/meetings/m-2022-dx-seminar/rescheduling", Map.of("date", "2022-11-17",
                "startTime", "14:00", "endTime", "16:00")).statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/m-2022-dx-seminar/cancellation", Map.of("reason", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/m-2022-general-assembly/agenda/reports", Map.of("number", "2",
                "title", "x")).statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/m-2022-general-assembly/minutes", Map.of("text", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(officer.post("/dashboard/meetings/m-2022-general-assembly/registrations/r-1/cancellation", Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(events.seen().subList(before, events.seen().size()))
                .allSatisfy(seen -> assertThat(seen.method()).isEqualTo("GET"));
    }

    @Test
    void theChangeFormsReadInEnglish() {
        String page = administrator().page("/dashboard/meetings/m-2022-dx-seminar?lang=en");

        assertThat(text(element(page, "section", "id=\"reschedule\""))).contains("Reschedule", "Registrants are told by e-mail");
        assertThat(text(element(page, "section", "id=\"cancel\""))).contains("Reason for cancelling", "Cancel the meeting");
        assertThat(text(element(page, "section", "id=\"minutes\""))).contains("No minutes yet");
    }

    /** A meeting as events-service answers {@code GET /api/meetings/{id}}, 10 November 2022, 13:30 to 16:00. */
    private static String meetingJson(String id, String kind, String title, String format, String venueJson,
                                      String status, String reasonJson) {
        return ("{\"id\":\"%s\",\"kind\":\"%s\",\"title\":\"%s\",\"startsAt\":\"2022-11-10T13:30:00+09:00\","
                + "\"endsAt\":\"2022-11-10T16:00:00+09:00\",\"fiscalYear\":2022,\"format\":\"%s\",\"online\":%s,\"venue\":%s,"
                + "\"audience\":\"MEMBERS\",\"status\":\"%s\",\"cancellationReason\":%s}")
                .formatted(id, kind, title, format, "ONLINE".equals(format), venueJson, status, reasonJson);
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
