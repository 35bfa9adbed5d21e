package io.councilhub.devstack;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the seed's FY2022 council into a running stack through the services' HTTP APIs, as the secretariat would:
 * dues schedules for FY2021 and FY2022, then the member roll {@code demo/members.csv} uploaded to membership's
 * import (the file a secretariat would upload; it carries the withdrawals the packet reports). Idempotent: if membership already lists members it does nothing. Ends by polling the FY2022
 * dues forecast (up to 30 s) until finance has caught up with the membership events.
 *
 * <pre>java -cp ... io.councilhub.devstack.DemoData</pre>
 *
 * Base URLs: env {@code MEMBERSHIP_URL} (default http://localhost:8081), {@code FINANCE_URL}
 * (default http://localhost:8082), {@code EVENTS_URL} (default http://localhost:8083), {@code SUBCOMMITTEE_URL}
 * (default http://localhost:8084), {@code NOTIFICATION_URL} (default http://localhost:8085). Exit status: 0 loaded or
 * already there, 1 a call failed, 2 the forecast did not
 * reach the expected total in time.
 */
public final class DemoData {

    static final String ROLL = "/demo/members.csv";
    static final String SUBCOMMITTEES = "/demo/subcommittees.json";
    static final String NEWSLETTER_SUBSCRIBERS = "/demo/newsletter-subscribers.csv";
    static final String NEWSLETTER_ISSUES = "/demo/newsletter-issues.json";
    static final String SUBCOMMITTEE_REPORTS = "/demo/subcommittee-reports-2021.json";
    static final String SUBCOMMITTEE_PLANS = "/demo/subcommittee-plans-2022.json";
    static final String MEETINGS = "/demo/meetings.json";
    static final int FORECAST_YEAR = 2022;
    static final Duration FORECAST_WAIT = Duration.ofSeconds(30);
    /** Dues per category, the same for FY2021 and FY2022 in the packet (県16,200円、市町村8,100円、民間企業8,100円). */
    static final Map<String, Long> RATES = rates();

    private final CouncilApi api;
    private final String membership;
    private final String finance;
    private final String events;

    DemoData(CouncilApi api, String membership, String finance, String events) {
        this.api = api;
        this.membership = membership;
        this.finance = finance;
        this.events = events;
    }

    public static void main(String[] args) throws InterruptedException {
        String membership = env("MEMBERSHIP_URL", "http://localhost:8081");
        String finance = env("FINANCE_URL", "http://localhost:8082");
        String events = env("EVENTS_URL", "http://localhost:8083");
        try {
            String token = DevTokens.mint(DevTokens.keysDir(), "SECRETARIAT", null);
            List<DemoMember> roll = DemoMember.load(ROLL);
            System.exit(new DemoData(new CouncilApi(token), membership, finance, events).load(roll));
        } catch (CouncilApi.Failure | IllegalStateException | IOException failure) {
            System.err.println("DemoData failed: " + failure.getMessage());
            System.exit(1);
        }
    }

    int load(List<DemoMember> roll) throws InterruptedException {
        loadBudgetFiscal2021And2022();
        loadNewsletterSubscribers();
        long already = memberCount();
        if (already > 0) {
            System.out.println("demo roll already loaded (membership lists " + already + " members)");
            loadOfficerRoster2022();
            loadSubcommittees();
            loadSubcommitteePaperwork();
            loadMeetings();
            loadAgenda2022();
            loadNewsletter();
            return 0;
        }
        for (int year : new int[] {FORECAST_YEAR, FORECAST_YEAR - 1}) {
            api.put(finance + "/api/finance/fiscal-years/" + year + "/dues-schedule", Map.of("rates", RATES));
            System.out.println("dues schedule FY" + year + ": " + RATES);
        }
        importRoll(roll);
        loadOfficerRoster2022();
        loadSubcommittees();
        loadSubcommitteePaperwork();
        loadMeetings();
        loadAgenda2022();
        loadNewsletter();
        return awaitForecast(expectedForecast(roll));
    }

    /**
     * メルマガ「めざせIT力アップ!」 from {@code demo/newsletter-issues.json}: the publication (published by sc-dx-literacy,
     * on the 1st and 15th at 9:00; its reviewers are the subcommittee's representative and participants as
     * subcommittee-service lists them), 第57号 to 第80号 as back issues (SENT on 2021-04-01 … 2022-03-15, imported as
     * history: nothing is sent), and 第81号 as a DRAFT. Idempotent: what is there already is left as it is.
     */
    @SuppressWarnings("unchecked")
    private void loadNewsletter() {
        String newsletters = env("NOTIFICATION_URL", "http://localhost:8085") + "/api/newsletters";
        Map<String, Object> file;
        file = json(NEWSLETTER_ISSUES);
        Map<String, Object> publication = new LinkedHashMap<>((Map<String, Object>) file.get("publication"));
        String id = (String) publication.get("id");
        if (api.peek(newsletters + "/" + id).status() != 200) {
            publication.put("reviewers", newsletterReviewers((String) publication.get("subcommitteeId")));
            api.post(newsletters, publication);
        }
        List<Object> backIssues = (List<Object>) file.get("backIssues");
        for (Object backIssue : backIssues) {
            api.post(newsletters + "/" + id + "/back-issues", (Map<String, Object>) backIssue);
        }
        if (api.peek(newsletters + "/" + id + "/issues/81").status() != 200) {
            api.post(newsletters + "/" + id + "/issues", (Map<String, Object>) file.get("draft"));
        }
        System.out.println("newsletter " + id + ": " + backIssues.size() + " back issues (第57号-第80号), 第81号 draft");
    }

    /** The publishing subcommittee's members by id (representative first), or the secretariat if it lists none. */
    private List<String> newsletterReviewers(String subcommitteeId) {
        java.util.LinkedHashSet<String> reviewers = new java.util.LinkedHashSet<>();
        CouncilApi.Reply reply = api.peek(env("SUBCOMMITTEE_URL", "http://localhost:8084") + "/api/subcommittees/" + subcommitteeId);
        if (reply.status() == 200) {
            Map<String, Object> subcommittee = reply.json();
            if (subcommittee.get("representative") instanceof Map<?, ?> representative && representative.get("memberId") != null) {
                reviewers.add(String.valueOf(representative.get("memberId")));
            }
            if (subcommittee.get("participants") instanceof List<?> participants) {
                for (Object participant : participants) {
                    if (participant instanceof Map<?, ?> person && person.get("memberId") != null) {
                        reviewers.add(String.valueOf(person.get("memberId")));
                    }
                }
            }
        }
        if (reviewers.isEmpty()) {
            reviewers.add("staff-1");
        }
        return List.copyOf(reviewers);
    }

    /**
     * 配信先一覧（受付順）: the packet's distribution list of the newsletter ({@code demo/newsletter-subscribers.csv}, the
     * 17 organisations in order of registration plus its 他行政関係者2名; the packet gives no addresses, so they are
     * invented example.jp ones) imported into notification-service's newsletter list. The import is idempotent:
     * a second run adds nobody.
     */
    private void loadNewsletterSubscribers() {
        String url = env("NOTIFICATION_URL", "http://localhost:8085") + "/api/subscribers/import?list=newsletter&dryRun=false";
        byte[] file;
        try (java.io.InputStream in = DemoData.class.getResourceAsStream(NEWSLETTER_SUBSCRIBERS)) {
            if (in == null) {
                throw new IllegalStateException(NEWSLETTER_SUBSCRIBERS + " is missing");
            }
            file = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new IllegalStateException(NEWSLETTER_SUBSCRIBERS + ": " + unreadable.getMessage(), unreadable);
        }
        CouncilApi.Reply reply = api.upload(url, "haishinsaki.csv", "text/csv", file);
        if (reply.status() != 200) {
            throw new CouncilApi.Failure("newsletter subscribers: HTTP " + reply.status() + " " + reply.body());
        }
        Object summary = reply.json().get("summary");
        System.out.println("newsletter subscribers (配信先一覧): " + summary);
    }

    /**
     * 報告1 幹事の委嘱について: drafts the FY2022 officer roster, fills it from {@code demo/officers-2022.csv} (each member
     * looked up by its name on the roll) and adopts it. The demo has no FY2021 roster to propose change reasons
     * against, so the packet's reasons go in as the secretariat's overrides. Skipped if the roster exists.
     */
    private void loadOfficerRoster2022() {
        String roster = membership + "/api/officer-rosters/2022";
        if (api.peek(roster).status() == 200) {
            System.out.println("officer roster FY2022 already there");
            return;
        }
        List<DemoOfficer> officers;
        try {
            officers = DemoOfficer.load(DemoOfficer.ROSTER_2022);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable.getMessage(), unreadable);
        }
        List<Map<String, Object>> entries = new java.util.ArrayList<>();
        for (DemoOfficer officer : officers) {
            String search = membership + "/api/members?size=50&q="
                    + java.net.URLEncoder.encode(officer.member(), java.nio.charset.StandardCharsets.UTF_8);
            String memberId = null;
            if (api.get(search).json().get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> member && officer.member().equals(member.get("name"))) {
                        memberId = String.valueOf(member.get("id"));
                    }
                }
            }
            if (memberId == null) {
                throw new CouncilApi.Failure("officer roster FY2022: no member named " + officer.member() + " on the roll");
            }
            entries.add(officer.entry(memberId));
        }
        api.post(roster + "/draft", Map.of());
        api.put(roster + "/entries", Map.of("entries", entries));
        api.post(roster + "/adoption", Map.of());
        System.out.println("officer roster FY2022: " + entries.size() + " officers adopted");
    }

    /**
     * 部会活動: the packet's two subcommittees from {@code demo/subcommittees.json} (DXリテラシ向上対策部会, established
     * 平成25年5月27日 as ITリテラシ向上対策部会 and renamed from FY2022; データ活用部会), established by the secretariat with
     * their representatives, contacts (invented, fake) and participants, each member looked up by its name on the roll.
     * A subcommittee that exists is skipped; people whose organisation is not on the roll are printed and left out.
     */
    @SuppressWarnings("unchecked")
    private void loadSubcommittees() {
        String subcommittees = env("SUBCOMMITTEE_URL", "http://localhost:8084") + "/api/subcommittees";
        Map<String, Object> file;
        file = json(SUBCOMMITTEES);
        Map<String, String> memberIds = new java.util.HashMap<>();
        java.util.function.Function<String, String> memberId = name -> memberIds.computeIfAbsent(name, wanted -> {
            String search = membership + "/api/members?size=50&q="
                    + java.net.URLEncoder.encode(wanted, java.nio.charset.StandardCharsets.UTF_8);
            if (api.get(search).json().get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> member && wanted.equals(member.get("name"))) {
                        return String.valueOf(member.get("id"));
                    }
                }
            }
            throw new CouncilApi.Failure("subcommittees: no member named " + wanted + " on the roll");
        });
        for (Object entry : (List<Object>) file.get("subcommittees")) {
            Map<String, Object> demo = (Map<String, Object>) entry;
            String id = (String) demo.get("id");
            if (api.peek(subcommittees + "/" + id).status() == 200) {
                System.out.println("subcommittee " + id + " already there");
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : List.of("id", "kind", "name", "establishedOn", "purpose", "contact", "period")) {
                body.put(field, demo.get(field));
            }
            Map<String, Object> representative = new LinkedHashMap<>((Map<String, Object>) demo.get("representative"));
            representative.put("memberId", memberId.apply((String) representative.remove("member")));
            body.put("representative", representative);
            List<Map<String, Object>> participants = new java.util.ArrayList<>();
            for (Object listed : (List<Object>) demo.get("participants")) {
                Map<String, Object> participant = new LinkedHashMap<>((Map<String, Object>) listed);
                participant.put("memberId", memberId.apply((String) participant.remove("member")));
                participants.add(participant);
            }
            body.put("participants", participants);
            api.post(subcommittees, body);
            for (Object rename : (List<Object>) demo.get("renamed")) {
                api.post(subcommittees + "/" + id + "/rename", (Map<String, Object>) rename);
            }
            System.out.println("subcommittee " + id + " established: " + demo.get("name")
                    + ((List<Object>) demo.get("renamed")).stream().map(rename -> " -> " + ((Map<?, ?>) rename).get("name"))
                            .collect(java.util.stream.Collectors.joining())
                    + ", " + participants.size() + " participants");
            for (Object skipped : (List<Object>) demo.get("notLoaded")) {
                Map<?, ?> person = (Map<?, ?>) skipped;
                System.out.println("  left out of " + id + ": " + person.get("organisation") + " (" + person.get("reason") + ")");
            }
        }
    }

    /**
     * 活動報告 and 活動企画書: the two subcommittees' FY2021 reports ({@code demo/subcommittee-reports-2021.json}, each filed
     * on its {@code reportedOn}) and FY2022 plans ({@code demo/subcommittee-plans-2022.json}, each submitted on its
     * {@code submittedOn}). The plans stay SUBMITTED: finance's 企画活動費 stays as entered until an officer or the
     * general assembly approves them (155,000円 + 110,000円). A subcommittee's report or plan that exists is skipped.
     */
    @SuppressWarnings("unchecked")
    private void loadSubcommitteePaperwork() {
        String base = env("SUBCOMMITTEE_URL", "http://localhost:8084") + "/api/subcommittees";
        for (String[] kind : new String[][] {{SUBCOMMITTEE_REPORTS, "reports", "reportedOn", "/filing"},
                {SUBCOMMITTEE_PLANS, "plans", "submittedOn", "/submission"}}) {
            Map<String, Object> file;
            file = json(kind[0]);
            String collection = base + "/" + kind[1];
            for (Object listed : (List<Object>) file.get(kind[1])) {
                Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) listed);
                String on = (String) body.remove(kind[2]);
                String subcommittee = (String) body.get("subcommitteeId");
                Object year = body.get("fiscalYear");
                boolean there;
                try {
                    there = com.nimbusds.jose.util.JSONArrayUtils.parse(api.get(collection + "?fiscalYear=" + year).body()).stream()
                            .anyMatch(existing -> existing instanceof Map<?, ?> known && subcommittee.equals(known.get("subcommitteeId")));
                } catch (java.text.ParseException notAList) {
                    throw new CouncilApi.Failure(collection + ": expected a JSON list");
                }
                if (there) {
                    System.out.println(kind[1] + " FY" + year + " of " + subcommittee + " already there");
                    continue;
                }
                Map<String, Object> created = api.post(collection, body).json();
                api.post(collection + "/" + created.get("id") + kind[3], Map.of(kind[2], on));
                Object total = kind[1].equals("plans") ? ((Map<String, Object>) created.get("estimate")).get("totalDisplay")
                        : ((Map<String, Object>) created.get("costs")).get("actualTotalDisplay");
                System.out.println(kind[1] + " FY" + year + " of " + created.get("subcommitteeName") + ": " + total
                        + (kind[1].equals("plans") ? ", submitted" : ", filed"));
            }
        }
    }

    /**
     * The packet's meetings from {@code demo/meetings.json}: FY2022's executive committee (written), general assembly
     * (online; id {@code m-2022-general-assembly}, where the agenda goes), case-study exchange, pitch session, seminar
     * and the forum co-hosted with 千葉県情報サービス産業協会; FY2021's three joint study sessions of the DX literacy
     * subcommittee with their attendance as the packet counts it; and FY2022's 年間活動計画書 rows and planned items.
     * Times the packet does not give are invented. Skipped if the general assembly exists.
     */
    @SuppressWarnings("unchecked")
    private void loadMeetings() {
        if (api.peek(events + "/api/meetings/m-2022-general-assembly").status() == 200) {
            System.out.println("meetings already there");
            return;
        }
        Map<String, Object> demo;
        demo = json(MEETINGS);
        for (Object entry : (List<Object>) demo.get("meetings")) {
            Map<String, Object> meeting = new LinkedHashMap<>((Map<String, Object>) entry);
            Object attendance = meeting.remove("attendance");
            api.post(events + "/api/meetings", meeting);
            if (attendance instanceof Map<?, ?> report) {
                api.put(events + "/api/meetings/" + meeting.get("id") + "/attendance", (Map<String, Object>) report);
            }
            System.out.println("meeting " + meeting.get("id") + ": " + meeting.get("title") + " " + meeting.get("startsAt"));
        }
        Map<String, Object> calendar = (Map<String, Object>) demo.get("calendar");
        String sheet = events + "/api/calendar/" + calendar.get("fiscalYear");
        for (Object row : (List<Object>) calendar.get("rows")) {
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) row);
            api.put(sheet + "/rows/" + body.remove("activity"), body);
        }
        for (Object item : (List<Object>) calendar.get("plannedItems")) {
            api.post(sheet + "/planned-items", (Map<String, Object>) item);
        }
        System.out.println("activity calendar FY" + calendar.get("fiscalYear") + ": " + sheet + "/print");
    }

    /**
     * The FY2022 general assembly's agenda (m-2022-general-assembly): 議案第6号 事業計画 and 議案第7号 収支予算, 報告1
     * 幹事の委嘱 and 報告2 会員の退会. Voting on 議案第6号 is opened (its voters fixed from the roll now), so the demo
     * officer finds 市川市's answer awaited on the overview and the secretariat can record answers and close it;
     * 議案第7号 stays a draft for a user to open. Skipped if the meeting is not there or has an agenda.
     */
    private void loadAgenda2022() {
        String agenda = events + "/api/meetings/m-2022-general-assembly/agenda";
        CouncilApi.Reply existing = api.peek(agenda);
        if (existing.status() != 200) {
            System.out.println("agenda FY2022: no general assembly m-2022-general-assembly (" + existing.status() + "), skipped");
            return;
        }
        if (existing.json().get("items") instanceof List<?> items && !items.isEmpty()) {
            System.out.println("agenda FY2022 already there");
            return;
        }
        api.post(agenda + "/proposals", Map.of("number", 6, "title", "令和4年度事業計画の決定について", "kind", "BUSINESS_PLAN",
                "fiscalYear", 2022, "subjectRef", "2022", "explanation", "令和4年度事業計画について、次のとおり決定を求める。"));
        api.post(agenda + "/proposals", Map.of("number", 7, "title", "令和4年度収支予算の決定について", "kind", "BUDGET",
                "fiscalYear", 2022, "subjectRef", "2022", "explanation", "令和4年度収支予算について、次のとおり決定を求める。"));
        api.post(agenda + "/reports", Map.of("number", 1, "title", "幹事の委嘱について",
                "text", "令和4年度ちば地域DX推進協議会 幹事 (14名)"));
        api.post(agenda + "/reports", Map.of("number", 2, "title", "会員の退会について",
                "text", "株式会社フューチャーリンクネットワーク(令和3年8月25日)、富里市(令和3年11月9日)、東京電機大学(令和4年4月7日)"));
        api.post(events + "/api/proposals/m-2022-general-assembly-p6/opening", Map.of());
        System.out.println("agenda FY2022: 議案第6号 (voting open: the roll's members vote), 議案第7号 (draft), 報告1, 報告2"
                + " on m-2022-general-assembly");
    }

    /**
     * 議案7 収支予算: FY2021's budget as adopted (its figures entered as they were) with its receipts and payments and
     * its settlement closed (carry-forward 428,054円), then FY2022's dues rates and a draft FY2022 budget with the
     * packet's entered lines. Its 負担金 follows the roll (494,100円 once finance has the members) and its 前期繰越金
     * the FY2021 settlement; 企画活動費 is entered (265,000円) until subcommittee-service approves plans. Skipped if
     * the FY2022 budget exists.
     */
    private void loadBudgetFiscal2021And2022() {
        String years = finance + "/api/finance/fiscal-years/";
        String budgets = finance + "/api/finance/budgets/";
        if (api.peek(years + "2022/budget").status() == 200) {
            System.out.println("budget FY2022 already there");
            return;
        }
        record Line(String section, String account, long amount, String note) {
            Map<String, Object> body() {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("section", section);
                line.put("account", account);
                line.put("amount", amount);
                if (note != null) {
                    line.put("note", note);
                }
                if (account.equals("負担金")) {
                    line.put("basis", "ENTERED"); // FY2021 as adopted, not as today's roll would make it
                }
                return line;
            }
        }
        if (api.peek(years + "2021/budget").status() != 200) {
            api.post(years + "2021/budget", Map.of());
            Map<String, Integer> positions = new TreeMap<>();
            for (Line line : List.of(new Line("INCOME", "負担金", 558_000, null), new Line("INCOME", "雑収入", 10_005, null),
                    new Line("INCOME", "前期繰越金", 299_872, null), new Line("EXPENDITURE", "会議費", 254_000, null),
                    new Line("EXPENDITURE", "講演関係費", 192_000, null), new Line("EXPENDITURE", "事務局費", 163_000, null),
                    new Line("EXPENDITURE", "企画活動費", 258_000, null), new Line("EXPENDITURE", "雑費・予備費", 877, null))) {
                Map<String, Object> body = line.body();
                body.put("position", positions.merge(line.section(), 1, Integer::sum)); // the packet's order
                api.put(budgets + "budget-2021-v1/lines", body);
            }
            api.post(budgets + "budget-2021-v1/proposal", Map.of("proposedOn", "2021-05-10"));
            api.post(budgets + "budget-2021-v1/adoption", Map.of("adoptedOn", "2021-05-28"));
            System.out.println("budget FY2021 adopted: 867,877 JPY");
        }
        if (!Boolean.TRUE.equals(api.get(years + "2021/settlement").json().get("closed"))) {
            String[][] entries = {
                    {"receipts", "2021-06-30", "負担金", "558000", "令和3年度負担金"},
                    {"receipts", "2022-03-31", "雑収入", "10005", "情報通信月間行事援助金・預金利息"},
                    {"payments", "2021-05-28", "会議費", "120000", "総会会場費"},
                    {"payments", "2022-02-10", "講演関係費", "98000", "ちばDXセミナー講師謝礼"},
                    {"payments", "2022-03-31", "事務局費", "158823", "協議会Webサーバ利用料"},
                    {"payments", "2021-10-01", "企画活動費", "63000", "部会活動助成費"}};
            for (String[] entry : entries) {
                api.post(finance + "/api/finance/ledger/" + entry[0], Map.of("date", entry[1], "account", entry[2],
                        "amount", Long.parseLong(entry[3]), "description", entry[4]));
            }
            api.post(years + "2021/settlement/closing", Map.of("closedOn", "2022-05-27"));
            System.out.println("settlement FY2021 closed: carry-forward 428,054 JPY");
        }
        api.put(years + "2022/dues-schedule", Map.of("rates", RATES));
        api.post(years + "2022/budget", Map.of());
        for (Line line : List.of(new Line("INCOME", "雑収入", 16_004, "情報通信月間行事援助金・預金利息"),
                new Line("EXPENDITURE", "会議費", 385_200, "会場費利用費等"),
                new Line("EXPENDITURE", "講演関係費", 71_000, "外部講師謝礼、交通経費等"),
                new Line("EXPENDITURE", "事務局費", 160_322, "協議会Webサーバ・システム利用料、振込手数料等"),
                new Line("EXPENDITURE", "企画活動費", 265_000, "部会活動助成費(2部会)"),
                new Line("EXPENDITURE", "雑費・予備費", 56_636, "パソコン等廃棄処分費"))) {
            api.put(budgets + "budget-2022-v1/lines", line.body());
        }
        System.out.println("budget FY2022 drafted: " + budgets + "budget-2022-v1 (令和4年度収支予算(案), 938,158 JPY"
                + " once the dues forecast has the roll)");
    }

    private long memberCount() {
        CouncilApi.Reply reply = api.get(membership + "/api/members");
        Map<String, Object> page = reply.json();
        if (!(page.get("total") instanceof Number total)) {
            throw new CouncilApi.Failure("GET " + membership + "/api/members: no numeric 'total' in "
                    + CouncilApi.abbreviate(reply.body()));
        }
        return total.longValue();
    }

    /**
     * Uploads {@code demo/members.csv} to membership's import, as the secretariat would from the browser: a dry run
     * first (nothing may be rejected), then the real run, which admits every member (and withdraws the three the
     * packet reports) with their {@code MemberAdmitted}/{@code MemberWithdrawn} events.
     */
    private void importRoll(List<DemoMember> roll) {
        byte[] file;
        try {
            file = DemoMember.bytes(ROLL);
        } catch (IOException missing) {
            throw new IllegalStateException(missing.getMessage(), missing);
        }
        for (boolean dryRun : new boolean[] {true, false}) {
            String url = membership + "/api/members/import?dryRun=" + dryRun;
            CouncilApi.Reply reply = api.upload(url, "members.csv", "text/csv", file);
            if (reply.status() != 200) {
                throw new CouncilApi.Failure("POST " + url + " answered " + reply.status() + ": "
                        + CouncilApi.abbreviate(reply.body()));
            }
            Object summary = reply.json().get("summary");
            if (!(summary instanceof Map<?, ?> counts) || !(counts.get("rejected") instanceof Number rejected)
                    || rejected.intValue() != 0 || !(counts.get("created") instanceof Number created)
                    || created.intValue() != roll.size()) {
                throw new CouncilApi.Failure("POST " + url + ": expected " + roll.size() + " members created and none "
                        + "rejected, got " + CouncilApi.abbreviate(reply.body()));
            }
            System.out.println((dryRun ? "import plan" : "imported") + " " + ROLL + ": " + summary);
        }
        Map<String, Integer> admitted = new TreeMap<>();
        roll.forEach(member -> admitted.merge(member.category(), 1, Integer::sum));
        System.out.println("admitted " + roll.size() + " members " + admitted + " and withdrew "
                + roll.stream().filter(member -> member.withdrawnOn() != null).count() + " of them as the packet reports");
    }

    /** What the roll owes for the fiscal year: every member active on its last day, at its category's rate. */
    static long expectedForecast(List<DemoMember> roll) {
        LocalDate lastDay = LocalDate.of(FORECAST_YEAR + 1, 3, 31);
        return roll.stream()
                .filter(member -> member.isActiveOn(lastDay))
                .mapToLong(member -> RATES.getOrDefault(member.category(), 0L))
                .sum();
    }

    private int awaitForecast(long expected) throws InterruptedException {
        String url = finance + "/api/finance/fiscal-years/" + FORECAST_YEAR + "/dues-forecast";
        long deadline = System.nanoTime() + FORECAST_WAIT.toNanos();
        String last = "no answer yet";
        while (true) {
            try {
                CouncilApi.Reply reply = api.peek(url);
                if (reply.status() == 200) {
                    Long total = total(reply.json());
                    last = total == null ? "no 'total' in " + CouncilApi.abbreviate(reply.body()) : yen(total);
                    if (total != null && total == expected) {
                        System.out.println("dues forecast FY" + FORECAST_YEAR + ": total " + yen(total));
                        return 0;
                    }
                } else {
                    last = reply.status() + " " + CouncilApi.abbreviate(reply.body());
                }
            } catch (CouncilApi.Failure unreachable) {
                last = unreachable.getMessage();
            }
            if (System.nanoTime() > deadline) {
                System.err.println("DemoData: dues forecast FY" + FORECAST_YEAR + " did not reach " + yen(expected)
                        + " within " + FORECAST_WAIT.toSeconds() + " s; last: " + last);
                return 2;
            }
            Thread.sleep(500);
        }
    }

    /**
     * The forecast's total in yen: {@code totalYen} if the service gives it, else {@code total} as a number, a money
     * object ({@code {"amount": 494100}}) or the printed form ({@code "494,100円"}, {@code "△ 63,900円"}).
     */
    static Long total(Map<String, Object> forecast) {
        if (forecast.get("totalYen") instanceof Number yen) {
            return yen.longValue();
        }
        Object total = forecast.get("total");
        if (total instanceof Map<?, ?> money) {
            total = money.containsKey("amount") ? money.get("amount") : money.get("value");
        }
        if (total instanceof Number number) {
            return number.longValue();
        }
        if (total instanceof String printed) {
            String digits = printed.replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                long amount = Long.parseLong(digits);
                return printed.contains("△") || printed.strip().startsWith("-") ? -amount : amount;
            }
        }
        return null;
    }

    private static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + " JPY";
    }

    private static Map<String, Long> rates() {
        Map<String, Long> rates = new LinkedHashMap<>();
        rates.put("PREFECTURE", 16_200L);
        rates.put("MUNICIPALITY", 8_100L);
        rates.put("COMPANY", 8_100L);
        rates.put("ACADEMIA", 0L);
        rates.put("ORGANIZATION", 0L);
        return rates;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }

    /** A JSON resource of the demo council, as a map; a missing or unreadable one stops the loader. */
    private static Map<String, Object> json(String resource) {
        try (java.io.InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return com.nimbusds.jose.util.JSONObjectUtils.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | java.text.ParseException unreadable) {
            throw new IllegalStateException(resource + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
