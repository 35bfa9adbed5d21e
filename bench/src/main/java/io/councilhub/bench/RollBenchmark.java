package io.councilhub.bench;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.systemtest.LocalStack;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The roll at scale: (a) importing 10,000 members from an XLSX file through the real endpoint
 * ({@code POST /api/members/import}, multipart, through the gateway), dry run and real run separately, then the
 * same file again (all UNCHANGED), and how long the outbox takes to put every {@code MemberAdmitted} on the broker;
 * (b) searching that roll ({@code GET /api/members?q=}) with 50 concurrent clients, mixed kanji and kana queries:
 * p50/p95/p99 and throughput. Prints figures; asserts nothing about time.
 *
 * <pre>bench/run roll [-Dbench.roll.members=10000 -Dbench.search.clients=50 -Dbench.search.requests=5000]</pre>
 */
public final class RollBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Kanji with their readings, combined three at a time into names like 千葉川市 (ちばかわし). */
    private static final String[][] PIECES = {{"千", "ち"}, {"葉", "ば"}, {"市", "いち"}, {"川", "かわ"}, {"船", "ふな"},
            {"橋", "はし"}, {"松", "まつ"}, {"戸", "ど"}, {"柏", "かしわ"}, {"成", "なり"}, {"田", "た"}, {"木", "き"},
            {"更", "さら"}, {"津", "づ"}, {"野", "の"}, {"山", "やま"}, {"浦", "うら"}, {"安", "やす"}, {"富", "とみ"},
            {"里", "さと"}, {"館", "たて"}, {"原", "はら"}};
    private static final String[][] KINDS = {{"市", "し", "市町村"}, {"町", "まち", "市町村"}, {"株式会社", "", "民間企業"},
            {"情報株式会社", "じょうほう", "民間企業"}, {"大学", "だいがく", "大学"}, {"協会", "きょうかい", "団体"}};
    private static final List<String> QUERIES = List.of("千葉", "ちば", "チバ", "船橋", "ふなばし", "川", "かわ", "松戸",
            "まつど", "株式会社", "大学", "だいがく", "富里", "とみさと", "やま", "浦安", "うらやす", "協会", "柏", "かしわし");

    private final int members = Integer.getInteger("bench.roll.members", 10_000);
    private final int clients = Integer.getInteger("bench.search.clients", 50);
    private final int requests = Integer.getInteger("bench.search.requests", 5_000);
    private final int warmUp = Integer.getInteger("bench.search.warmup", 1_000);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalStack stack;

    private RollBenchmark(LocalStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Exception failed) {
            System.out.flush();
            System.err.println("benchmark failed: " + failed);
            failed.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run() throws Exception {
        MachineInfo machine = MachineInfo.current();
        say("councilhub roll benchmark (import and search), " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        say("machine: " + machine.describe());
        say("machine busy before the start: %.2f cores".formatted(CpuAccount.busyCores(Duration.ofSeconds(2))));
        CpuAccount cpu = CpuAccount.start();
        say("starting the stack (broker, store, membership-service, finance-service, gateway) ...");
        try (LocalStack stack = LocalStack.start()) {
            new RollBenchmark(stack).measure();
            say("cpu: " + cpu.usage().describe());
        }
    }

    private void measure() throws Exception {
        byte[] file = xlsx(members);
        say("file: %d members, XLSX, %.0f KiB".formatted(members, file.length / 1024.0));
        String priming = "ベンチ準備町" + UUID.randomUUID().toString().substring(0, 6);
        importFile(xlsx(List.of(List.of(priming, "", "市町村", "2013-04-01"))), false);
        try (TopicTap tap = new TopicTap(stack.bootstrapServers(), Topics.MEMBERSHIP).start()) {
            Timed dryRun = importFile(file, true);
            report("import, dry run (empty roll, all CREATED)", dryRun);
            long before = tap.count(EventCatalogue.MEMBER_ADMITTED.wireName());
            long start = System.nanoTime();
            Timed real = importFile(file, false);
            report("import, real run (admits all)", real);
            String admitted = EventCatalogue.MEMBER_ADMITTED.wireName();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (tap.count(admitted) - before < members && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            long published = tap.count(admitted) - before;
            double drain = (tap.lastArrival(admitted) - start) / 1e9;
            say("  outbox: %d of %d MemberAdmitted on the broker %.1f s after the real run began (%.0f events/s)"
                    .formatted(published, members, drain, published / drain));
            report("import again, dry run (all UNCHANGED)", importFile(file, true));
            report("import again, real run (all UNCHANGED, nothing written)", importFile(file, false));
        }
        search();
    }

    private record Timed(long nanos, JsonNode summary) {
    }

    private void report(String what, Timed timed) {
        double seconds = timed.nanos() / 1e9;
        say("%-56s %6.2f s  %7.0f records/s  %s".formatted(what, seconds, members / seconds, timed.summary()));
    }

    private Timed importFile(byte[] file, boolean dryRun) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roll.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/members/import?dryRun=" + dryRun))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + TestTokens.secretariat())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return new Timed(nanos, JSON.readTree(response.body()).get("summary"));
    }

    private void search() throws InterruptedException {
        ApiClient membership = stack.direct("membership-service");
        say("search: %d warm-up requests, then %d requests by %d concurrent clients over %d members, queries %s"
                .formatted(warmUp, requests, clients, members + 1, QUERIES));
        runSearches(membership, warmUp);
        Searched measured = runSearches(membership, requests);
        LatencySample sample = LatencySample.of(new ArrayList<>(measured.latencies()));
        say("search p50 / p95 / p99 / max: %s / %s / %s / %s ms; %.0f requests/s; %d errors".formatted(
                LatencySample.millis(sample.percentileNanos(50)), LatencySample.millis(sample.percentileNanos(95)),
                LatencySample.millis(sample.percentileNanos(99)), LatencySample.millis(sample.maxNanos()),
                requests / (measured.nanos() / 1e9), measured.errors()));
        say("bench-roll: members=%d search_clients=%d search_p50_ms=%s search_p95_ms=%s search_p99_ms=%s search_per_s=%.0f"
                .formatted(members, clients, LatencySample.millis(sample.percentileNanos(50)),
                        LatencySample.millis(sample.percentileNanos(95)), LatencySample.millis(sample.percentileNanos(99)),
                        requests / (measured.nanos() / 1e9)));
    }

    private record Searched(ConcurrentLinkedQueue<Long> latencies, long nanos, int errors) {
    }

    private Searched runSearches(ApiClient membership, int count) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String q = URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
                        long t0 = System.nanoTime();
                        int status = membership.get("/api/members?q=" + q + "&size=50").status();
                        latencies.add(System.nanoTime() - t0);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        return new Searched(latencies, nanos, errors.get());
    }

    /** {@code count} distinct members of every category, with kana readings, in the import's columns. */
    static byte[] xlsx(int count) {
        Set<String> names = new LinkedHashSet<>();
        List<List<String>> rows = new ArrayList<>();
        int n = PIECES.length;
        outer:
        for (String[] kind : KINDS) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    for (int c = 0; c < n; c++) {
                        if (rows.size() == count) {
                            break outer;
                        }
                        String stem = PIECES[a][0] + PIECES[b][0] + PIECES[c][0];
                        String reading = PIECES[a][1] + PIECES[b][1] + PIECES[c][1];
                        String name = kind[0].startsWith("株式会社") ? "株式会社" + stem + kind[0].substring(4) : stem + kind[0];
                        if (names.add(name)) {
                            rows.add(List.of(name, reading + kind[1], kind[2], "2013-04-01"));
                        }
                    }
                }
            }
        }
        if (rows.size() < count) {
            throw new IllegalArgumentException("at most " + rows.size() + " generated members");
        }
        Collections.shuffle(rows, new java.util.Random(42));
        return xlsx(rows);
    }

    private static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("会員名簿");
            List<String> header = List.of("名称", "ふりがな", "区分", "入会日");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        sheet.value(r + 1, c, rows.get(r).get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
