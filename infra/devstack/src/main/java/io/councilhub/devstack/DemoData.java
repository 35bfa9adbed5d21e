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
 * (default http://localhost:8082). Exit status: 0 loaded or already there, 1 a call failed, 2 the forecast did not
 * reach the expected total in time.
 */
public final class DemoData {

    static final String ROLL = "/demo/members.csv";
    static final int FORECAST_YEAR = 2022;
    static final Duration FORECAST_WAIT = Duration.ofSeconds(30);
    /** Dues per category, the same for FY2021 and FY2022 in the packet (県16,200円、市町村8,100円、民間企業8,100円). */
    static final Map<String, Long> RATES = rates();

    private final CouncilApi api;
    private final String membership;
    private final String finance;

    DemoData(CouncilApi api, String membership, String finance) {
        this.api = api;
        this.membership = membership;
        this.finance = finance;
    }

    public static void main(String[] args) throws InterruptedException {
        String membership = env("MEMBERSHIP_URL", "http://localhost:8081");
        String finance = env("FINANCE_URL", "http://localhost:8082");
        try {
            String token = DevTokens.mint(DevTokens.keysDir(), "SECRETARIAT", null);
            List<DemoMember> roll = DemoMember.load(ROLL);
            System.exit(new DemoData(new CouncilApi(token), membership, finance).load(roll));
        } catch (CouncilApi.Failure | IllegalStateException | IOException failure) {
            System.err.println("DemoData failed: " + failure.getMessage());
            System.exit(1);
        }
    }

    int load(List<DemoMember> roll) throws InterruptedException {
        long already = memberCount();
        if (already > 0) {
            System.out.println("demo data already loaded (membership lists " + already + " members)");
            return 0;
        }
        for (int year : new int[] {FORECAST_YEAR, FORECAST_YEAR - 1}) {
            api.put(finance + "/api/finance/fiscal-years/" + year + "/dues-schedule", Map.of("rates", RATES));
            System.out.println("dues schedule FY" + year + ": " + RATES);
        }
        importRoll(roll);
        loadOfficerRoster2022();
        return awaitForecast(expectedForecast(roll));
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
}
