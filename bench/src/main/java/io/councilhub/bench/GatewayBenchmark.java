package io.councilhub.bench;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.systemtest.LocalStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.councilhub.bench.LatencySample.millis;

/**
 * What the gateway costs: the same GET (a page of members) sent straight to membership-service and through the
 * gateway, at fixed request rates, open loop. Every request has a scheduled send time ({@code start + i / rate}); its
 * latency is measured from that time to the response's end, so a stall delays and counts every request behind it
 * (no coordinated omission). Prints p50/p90/p99/max and achieved throughput per path and rate, the ratio
 * gateway / direct, and a machine-readable last line. Targets: the gateway's p99 at 500 requests/s under 50 ms, and
 * within 1.5x of the direct p99.
 * <p>
 * Each path gets its 60 s at a rate in slices that alternate with the other path's (6 of 10 s each by default), so
 * that both meet the same minute of the machine: on two shared cores, what the rest of the machine did in one minute
 * and not in the next moved the ratio of two back-to-back minutes by up to 0.7. {@code -Dbench.gateway.slices=1}
 * measures each path's 60 s in one go.
 *
 * <pre>bench/run gateway [-Dbench.gateway.seconds=60 -Dbench.gateway.slices=6 -Dbench.gateway.rates=100,250,500
 *                     -Dbench.gateway.members=200]</pre>
 */
public final class GatewayBenchmark {

    record Settings(int members, List<Integer> rates, int seconds, int slices, int leadInSeconds, int warmUpSeconds,
                    int warmUpRate, int idleSeconds, String path, long targetP99Millis, double targetRatio,
                    int targetRate) {

        static Settings fromSystemProperties() {
            List<Integer> rates = Arrays.stream(System.getProperty("bench.gateway.rates", "100,250,500").split(","))
                    .map(String::strip).map(Integer::valueOf).toList();
            Settings settings = new Settings(Integer.getInteger("bench.gateway.members", 200), rates,
                    Integer.getInteger("bench.gateway.seconds", 60), Integer.getInteger("bench.gateway.slices", 6),
                    Integer.getInteger("bench.gateway.leadInSeconds", 1),
                    Integer.getInteger("bench.gateway.warmupSeconds", 20),
                    Integer.getInteger("bench.gateway.warmupRate", 250), Integer.getInteger("bench.gateway.idleSeconds", 10),
                    System.getProperty("bench.gateway.path", "/api/members?page=0&size=50"),
                    Long.getLong("bench.gateway.target.p99Ms", 50),
                    Double.parseDouble(System.getProperty("bench.gateway.target.ratio", "1.5")),
                    Integer.getInteger("bench.gateway.target.rate", 500));
            if (settings.members() < 1 || settings.seconds() < 1 || settings.leadInSeconds() < 0 || rates.isEmpty()
                    || rates.stream().anyMatch(r -> r < 1)) {
                throw new IllegalArgumentException("members, seconds and every rate must be positive: " + settings);
            }
            if (settings.slices() < 1 || settings.seconds() % settings.slices() != 0) {
                throw new IllegalArgumentException("slices must be at least 1 and divide seconds: " + settings);
            }
            return settings;
        }
    }

    /** One measured phase: a path at a rate, and the cores each process of the stack used meanwhile. */
    record Phase(String path, int rate, LatencySample latency, int sent, int ok, int errors, double achievedPerSecond,
                 int maxInFlight, CpuAccount.Usage cpu, Map<String, Double> cores) {

        /** Slices of one path at one rate as one phase: every request's latency, the counts, CPU over their time. */
        static Phase merge(List<Phase> slices) {
            Phase first = slices.get(0);
            int ok = slices.stream().mapToInt(Phase::ok).sum();
            double okSeconds = slices.stream().mapToDouble(slice -> slice.ok() / slice.achievedPerSecond()).sum();
            Map<String, Double> cores = new LinkedHashMap<>();
            for (Phase slice : slices) {
                slice.cores().forEach((process, used) -> cores.merge(process, used / slices.size(), Double::sum));
            }
            return new Phase(first.path(), first.rate(),
                    LatencySample.merge(slices.stream().map(Phase::latency).toList()),
                    slices.stream().mapToInt(Phase::sent).sum(), ok, slices.stream().mapToInt(Phase::errors).sum(),
                    okSeconds > 0 ? ok / okSeconds : 0, slices.stream().mapToInt(Phase::maxInFlight).max().orElse(0),
                    CpuAccount.Usage.sum(slices.stream().map(Phase::cpu).toList()), cores);
        }

        /** Every request answered 200 and the rate was kept. */
        boolean clean() {
            return errors == 0 && achievedPerSecond >= 0.99 * rate;
        }

        /** Milliseconds of CPU {@code process} spent per request, beyond what it uses idle. */
        double cpuMillisPerRequest(String process, Map<String, Double> idle) {
            return (cores.getOrDefault(process, 0.0) - idle.getOrDefault(process, 0.0)) * 1000 / Math.max(1, achievedPerSecond);
        }
    }

    private static final String JVM_OPTIONS = "councilhub.stack.jvmOptions";
    private static final String MEMBERSHIP = "membership-service";

    /** The options of a measured service: its own, else the stack-wide ones, else none (full JIT). */
    private static String jvmOptions(String service) {
        return System.getProperty(JVM_OPTIONS + "." + service, System.getProperty(JVM_OPTIONS, ""));
    }

    /** The load generator process's client: {@code raw} sockets (default) or {@code jdk}, the JDK's HttpClient. */
    private static String loadClient() {
        return System.getProperty("bench.gateway.loadClient", "raw");
    }

    /** The load generator process's JVM options: full JIT, a small heap, one collector thread. */
    private static String loadJvmOptions() {
        return System.getProperty("bench.gateway.loadJvmOptions", "-Xms512m -Xmx512m -XX:+UseSerialGC");
    }

    private static String describe(String options) {
        return options.isBlank() ? "full JIT" : options;
    }
    private static final String GATEWAY = "gateway";
    private Map<String, Double> idle = Map.of();
    /** Whether the phases now running are measured (warm-up rounds are not dumped). */
    private boolean measuring;
    /** The dump files this run has written: the first slice replaces an earlier run's file, the others append. */
    private final Set<Path> dumped = new HashSet<>();
    /** Per path, the load generator's client when it runs in this JVM (see {@link OpenLoop#client}). */
    private final Map<String, HttpClient> loadClients = new HashMap<>();
    /** The load generator's own process; null when it runs in this JVM. */
    private LoadProcess load;

    private final Settings settings;
    private final LocalStack stack;
    private final URI direct;
    private final URI gateway;

    private GatewayBenchmark(Settings settings, LocalStack stack) {
        this.settings = settings;
        this.stack = stack;
        ApiClient membership = stack.direct("membership-service");
        // ApiClient keeps its base URL to itself; the URI of an answer it fetched gives it away.
        this.direct = membership.getBytes("/actuator/health/readiness").uri().resolve(settings.path());
        this.gateway = URI.create(stack.gatewayUrl()).resolve(settings.path());
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.fromSystemProperties();
        } catch (RuntimeException invalid) {
            System.err.println("invalid options: " + invalid.getMessage());
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            run(settings);
        } catch (Exception failed) {
            System.out.flush();
            System.err.println("benchmark failed: " + failed);
            failed.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(Settings settings) throws Exception {
        // The warmed-up throughput of membership-service and the gateway is measured, so those two run with the full
        // JIT unless told otherwise (LocalStack's default, C1 only, suits start-up: it makes a page 2-3x as expensive
        // once warm). The other services keep C1 so that six JVMs still start in time on two cores.
        for (String measured : List.of(MEMBERSHIP, GATEWAY)) {
            System.setProperty(JVM_OPTIONS + "." + measured, jvmOptions(measured));
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MachineInfo machine = MachineInfo.current();
        say("councilhub gateway benchmark, " + started);
        say("machine: " + machine.describe());
        say("machine busy before the start: %.2f cores".formatted(CpuAccount.busyCores(Duration.ofSeconds(2))));
        CpuAccount cpu = CpuAccount.start();
        say("starting the stack (broker, store, SMTP, the five services and the gateway) ...");
        try (LocalStack stack = LocalStack.start()) {
            GatewayBenchmark benchmark = new GatewayBenchmark(settings, stack);
            if (Boolean.parseBoolean(System.getProperty("bench.gateway.loadProcess", "true"))) {
                Path log = Path.of(System.getProperty("java.io.tmpdir"), "load-generator.log");
                benchmark.load = LoadProcess.start(TestTokens.secretariat(), loadClient(), loadJvmOptions(), log);
                say("load generator: a JVM of its own (%s client; %s), stderr to %s".formatted(loadClient(),
                        loadJvmOptions(), log));
            } else {
                say("load generator: in the benchmark JVM, beside the broker and the store");
            }
            try {
                List<Phase> phases = benchmark.measure();
                benchmark.report(started, machine, cpu.usage(), phases);
            } finally {
                if (benchmark.load != null) {
                    benchmark.load.close();
                }
            }
        }
    }

    private List<Phase> measure() throws Exception {
        seed();
        int bytes = compare();
        say("request: GET %s (%d members on the roll, %,d bytes of JSON), direct %s, through the gateway %s".formatted(
                settings.path(), settings.members(), bytes, direct.getAuthority(), gateway.getAuthority()));
        if (settings.idleSeconds() > 0) {
            ProcessCpu before = ProcessCpu.snapshot();
            Thread.sleep(TimeUnit.SECONDS.toMillis(settings.idleSeconds()));
            idle = ProcessCpu.snapshot().coresSince(before);
            say("stack idle for %d s, cores: %s".formatted(settings.idleSeconds(), ProcessCpu.describe(idle)));
        }
        say("warm-up: %d s at %d requests/s on each path (not measured)".formatted(settings.warmUpSeconds(),
                settings.warmUpRate()));
        if (settings.warmUpSeconds() > 0) {
            openLoop("direct", direct, settings.warmUpRate(), settings.warmUpSeconds());
            openLoop("gateway", gateway, settings.warmUpRate(), settings.warmUpSeconds());
            settle();
        }
        List<Phase> phases = new ArrayList<>();
        int sliceSeconds = settings.seconds() / settings.slices();
        measuring = true;
        for (int rate : settings.rates()) {
            Map<String, List<Phase>> slices = new LinkedHashMap<>();
            for (int slice = 0; slice < settings.slices(); slice++) {
                for (String path : List.of("direct", "gateway")) {
                    URI uri = path.equals("direct") ? direct : gateway;
                    drain();
                    leadIn(path, uri, rate);
                    slices.computeIfAbsent(path, any -> new ArrayList<>()).add(openLoop(path, uri, rate, sliceSeconds));
                }
            }
            for (String path : slices.keySet()) {
                Phase phase = Phase.merge(slices.get(path));
                say("  %-8s %4d/s: p50 %7s  p90 %7s  p99 %7s  max %8s ms; %6.1f/s achieved, %d errors; cpu: %s".formatted(
                        path, rate, millis(phase.latency().percentileNanos(50)), millis(phase.latency().percentileNanos(90)),
                        millis(phase.latency().percentileNanos(99)), millis(phase.latency().maxNanos()),
                        phase.achievedPerSecond(), phase.errors(), phase.cpu().describe()));
                say("           cores: " + ProcessCpu.describe(phase.cores()));
                phases.add(phase);
            }
        }
        return phases;
    }

    /**
     * Goes on warming up, 5 s on each path at a time, until the JIT compilers of membership-service, the gateway and
     * the benchmark's own JVM used at most {@code bench.gateway.settle.compilerMs} (100) ms of CPU each in a round,
     * for at most {@code bench.gateway.settle.maxSeconds} (300). A fixed warm-up is not enough for the gateway's large
     * code path: after 60 s at 500 requests/s its C2 compiler still used a tenth of the machine, which showed as 50 %
     * more CPU per request and in the latency of both paths.
     */
    private void settle() throws InterruptedException {
        // The benchmark JVM compiles too: it holds the load generator and the store both paths read from.
        List<String> measured = load != null ? List.of(MEMBERSHIP, GATEWAY, ProcessCpu.SELF, LoadProcess.NAME)
                : List.of(MEMBERSHIP, GATEWAY, ProcessCpu.SELF);
        long quiet = Long.getLong("bench.gateway.settle.compilerMs", 100);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.gateway.settle.maxSeconds", 300));
        long from = System.nanoTime();
        Map<String, Long> used;
        do {
            CompilerCpu before = CompilerCpu.snapshot(measured);
            Phase straight = openLoop("direct", direct, settings.warmUpRate(), 5);
            Phase through = openLoop("gateway", gateway, settings.warmUpRate(), 5);
            used = CompilerCpu.snapshot(measured).millisSince(before);
            say("  warm-up round: p50/p99 direct %s/%s, gateway %s/%s ms; compiler CPU %s ms".formatted(
                    millis(straight.latency().percentileNanos(50)), millis(straight.latency().percentileNanos(99)),
                    millis(through.latency().percentileNanos(50)), millis(through.latency().percentileNanos(99)),
                    used));
        } while (used.values().stream().anyMatch(millis -> millis > quiet) && System.nanoTime() < deadline);
        say("JIT settled after %.0f s more (compiler CPU in the last 10 s: %s ms)".formatted(
                (System.nanoTime() - from) / 1e9, used));
    }

    /**
     * The path at the slice's rate for {@code bench.gateway.leadInSeconds} (1) before its slice, not measured. Sliced,
     * the gateway would begin each of its slices after the other path's 10 s without a request, which a steady minute
     * never has: its pooled connections to membership idle past the 2 s after which the route client checks each
     * before use (a read that waits 1 ms), its threads asleep. Membership serves both paths and never idles, so without
     * it the slices put five cold starts into the gateway path's minute and none into direct's. Both paths get the same
     * lead-in; {@code 0} measures each slice from its first request, as before 2026-11-24 22:00.
     */
    private void leadIn(String path, URI uri, int rate) throws InterruptedException {
        if (settings.leadInSeconds() == 0) {
            return;
        }
        measuring = false;
        try {
            openLoop(path, uri, rate, settings.leadInSeconds());
        } finally {
            measuring = true;
        }
    }

    /**
     * Waits until the stack has worked off what an overloaded phase left queued (the services keep answering requests
     * whose clients gave up): three direct requests in a row answered within 100 ms, for at most two minutes.
     */
    private void drain() throws Exception {
        HttpClient client = client();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        int fast = 0;
        long waitedFrom = System.nanoTime();
        while (fast < 3 && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                client.send(request(direct, TestTokens.secretariat()), HttpResponse.BodyHandlers.discarding());
                fast = System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(100) ? fast + 1 : 0;
            } catch (java.io.IOException timedOut) {
                fast = 0;
            }
            Thread.sleep(200);
        }
        double waited = (System.nanoTime() - waitedFrom) / 1e9;
        if (waited > 5) {
            say("  (waited %.0f s for the stack to drain the previous phase's backlog)".formatted(waited));
        }
    }

    /** Admits the members straight into membership-service (the roll the page is read from). */
    private void seed() {
        ApiClient membership = stack.direct("membership-service").as(TestTokens.secretariat());
        String[] categories = {"MUNICIPALITY", "COMPANY", "ACADEMIA", "ORGANIZATION"};
        long start = System.nanoTime();
        for (int i = 0; i < settings.members(); i++) {
            Response created = membership.post("/api/members", """
                    {"name":"ゲートウェイ計測会員%04d","category":"%s","admittedOn":"2019-04-01"}"""
                    .formatted(i, categories[i % categories.length]));
            if (created.status() != 201) {
                throw new IllegalStateException("admitting member " + i + ": " + created);
            }
        }
        say("seeded %d members in %.1f s".formatted(settings.members(), (System.nanoTime() - start) / 1e9));
    }

    /** Both paths answer the same page: same status, same body. Returns its size. */
    private int compare() throws Exception {
        HttpClient client = client();
        String token = TestTokens.secretariat();
        HttpResponse<String> straight = client.send(request(direct, token), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> through = client.send(request(gateway, token), HttpResponse.BodyHandlers.ofString());
        if (straight.statusCode() != 200 || through.statusCode() != 200 || !straight.body().equals(through.body())) {
            throw new IllegalStateException("direct and gateway answer differently: " + straight.statusCode() + " / "
                    + through.statusCode());
        }
        return straight.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest request(URI uri, String token) {
        return LoadGenerator.request(uri, token);
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds} on its own schedule ({@link OpenLoop}), from the load
     * generator's process or, with {@code -Dbench.gateway.loadProcess=false}, from this JVM.
     */
    private Phase openLoop(String path, URI uri, int rate, int seconds) throws InterruptedException {
        CpuAccount cpu = CpuAccount.start();
        ProcessCpu processes = ProcessCpu.snapshot();
        OpenLoop.Result result = load != null ? load.run(path, uri, rate, seconds)
                : OpenLoop.run(loadClients.computeIfAbsent(path, OpenLoop::client), request(uri, TestTokens.secretariat()),
                rate, seconds);
        CpuAccount.Usage usage = cpu.usage();
        Map<String, Double> cores = ProcessCpu.snapshot().coresSince(processes);
        dump(path, rate, result.startWallMillis(), TimeUnit.SECONDS.toNanos(1) / rate, result.latencies());
        return new Phase(path, rate, LatencySample.of(result.latencies()), rate * seconds, result.ok(), result.errors(),
                result.achievedPerSecond(), result.maxInFlight(), usage, cores);
    }

    /**
     * With {@code -Dbench.gateway.dump=<folder>}, each measured phase's requests as lines of "scheduled send (epoch
     * ms) latency (us)" in {@code <path>-<rate>.txt}, to lay beside the services' GC logs
     * ({@code -Xlog:gc:file=...:time}) and see which stalls the slowest requests met. Warm-up rounds are not written.
     */
    private void dump(String path, int rate, long startWallMillis, long interval, long[] latencies) {
        String folder = System.getProperty("bench.gateway.dump");
        if (folder == null || !measuring) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < latencies.length; i++) {
            lines.append(startWallMillis + i * interval / 1_000_000).append(' ').append(latencies[i] / 1_000).append('\n');
        }
        try {
            Path file = Path.of(folder, path + "-" + rate + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines, StandardOpenOption.CREATE,
                    dumped.add(file) ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(Instant started, MachineInfo machine, CpuAccount.Usage cpu, List<Phase> phases) {
        Map<Integer, Phase[]> byRate = new LinkedHashMap<>();
        for (Phase phase : phases) {
            byRate.computeIfAbsent(phase.rate(), rate -> new Phase[2])[phase.path().equals("direct") ? 0 : 1] = phase;
        }
        System.out.println();
        say("==== councilhub gateway benchmark ====");
        say("run        " + started);
        say("machine    " + machine.describe());
        say("cpu        " + cpu.describe());
        say("stack      in-JVM KRaft broker + mongo-java-server (memory backend) + GreenMail in the benchmark JVM;");
        say("           the load generator " + (load != null ? "in a JVM of its own (" + loadClient() + " client; "
                + loadJvmOptions() + ")"
                : "in the benchmark JVM") + ";");
        say("           the five services and the gateway as separate JVMs (-Xmx256m -XX:+UseSerialGC; membership-service"
                + " and the gateway %s, the others %s)".formatted(describe(jvmOptions(MEMBERSHIP)),
                describe(System.getProperty(JVM_OPTIONS, "-XX:TieredStopAtLevel=1"))));
        for (String variable : List.of("_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "SPRING_APPLICATION_JSON")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                say("           inherited by the services: " + variable + "=" + value);
            }
        }
        say(("request    GET %s, SECRETARIAT token, %d members; open loop, %d s per path and rate (%d slices alternating"
                + " between the paths, each after %d s at its rate not measured), latency from the scheduled send")
                .formatted(settings.path(), settings.members(), settings.seconds(), settings.slices(),
                        settings.leadInSeconds()));
        System.out.println();
        say("stack idle, cores: " + ProcessCpu.describe(idle));
        say("                                latency (ms)                               cores used                  CPU ms per request");
        say("path      rate/s  achieved/s      p50      p90      p99      max  errors   bench    load  member  gatewy  other   member  gatewy");
        for (Phase phase : phases) {
            say("%-8s %7d %11.1f %8s %8s %8s %8s %7d %7.2f %7.2f %7.2f %7.2f %6.2f %8.2f %7.2f".formatted(phase.path(), phase.rate(),
                    phase.achievedPerSecond(), millis(phase.latency().percentileNanos(50)),
                    millis(phase.latency().percentileNanos(90)), millis(phase.latency().percentileNanos(99)),
                    millis(phase.latency().maxNanos()), phase.errors(), phase.cores().getOrDefault(ProcessCpu.SELF, 0.0),
                    phase.cores().getOrDefault(LoadProcess.NAME, 0.0),
                    phase.cores().getOrDefault(MEMBERSHIP, 0.0), phase.cores().getOrDefault(GATEWAY, 0.0),
                    phase.cpu().otherCores(), phase.cpuMillisPerRequest(MEMBERSHIP, idle),
                    phase.cpuMillisPerRequest(GATEWAY, idle)));
        }
        say("(bench: the benchmark JVM with the broker and the store (and the clients unless load has them); load: the load");
        say(" generator's JVM; other: everything else on the machine;");
        say(" CPU ms per request: the process's cores beyond its idle use, divided by the rate)");
        System.out.println();
        say("gateway / direct   p50 ratio  p99 ratio  added p50 (ms)");
        byRate.forEach((rate, pair) -> {
            if (pair[0] != null && pair[1] != null) {
                say("  at %4d/s %15.2fx %9.2fx %15s".formatted(rate, ratio(pair, 50), ratio(pair, 99),
                        millis(pair[1].latency().percentileNanos(50) - pair[0].latency().percentileNanos(50))));
            }
        });
        Phase[] target = byRate.get(settings.targetRate());
        String p99Verdict = "n/a";
        String ratioVerdict = "n/a";
        System.out.println();
        say("targets");
        if (target != null && target[0] != null && target[1] != null) {
            long p99 = target[1].latency().percentileNanos(99);
            boolean p99Met = p99 < TimeUnit.MILLISECONDS.toNanos(settings.targetP99Millis()) && target[1].errors() == 0;
            boolean ratioMet = target[0].clean() && target[1].clean() && ratio(target, 99) <= settings.targetRatio();
            p99Verdict = verdict(p99Met);
            ratioVerdict = verdict(ratioMet);
            say("   gateway p99 at %d/s < %d ms             %s  (%s ms, %d errors)".formatted(settings.targetRate(),
                    settings.targetP99Millis(), p99Verdict, millis(p99), target[1].errors()));
            say("   gateway p99 within %.1fx of direct at %d/s  %s  (%.2fx; p50 %.2fx)%s".formatted(settings.targetRatio(),
                    settings.targetRate(), ratioVerdict, ratio(target, 99), ratio(target, 50),
                    target[0].clean() && target[1].clean() ? "" : "; not comparable: a path did not keep the rate"
                            + " (direct %.1f/s, %d errors; gateway %.1f/s, %d errors)".formatted(target[0].achievedPerSecond(),
                            target[0].errors(), target[1].achievedPerSecond(), target[1].errors())));
        } else {
            say("   no phase at %d/s: the targets are not judged".formatted(settings.targetRate()));
        }
        System.out.println();
        StringBuilder line = new StringBuilder("bench-gateway: members=%d seconds=%d".formatted(settings.members(),
                settings.seconds()));
        byRate.forEach((rate, pair) -> {
            for (Phase phase : pair) {
                if (phase != null) {
                    line.append(" %s_%d_p50_ms=%s %s_%d_p99_ms=%s %s_%d_per_s=%.1f".formatted(phase.path(), rate,
                            millis(phase.latency().percentileNanos(50)), phase.path(), rate,
                            millis(phase.latency().percentileNanos(99)), phase.path(), rate, phase.achievedPerSecond()));
                }
            }
            if (pair[0] != null && pair[1] != null) {
                line.append(" ratio_%d_p50=%.2f ratio_%d_p99=%.2f membership_%d_cpu_ms=%.2f gateway_%d_cpu_ms=%.2f".formatted(rate,
                        ratio(pair, 50), rate, ratio(pair, 99), rate, pair[0].cpuMillisPerRequest(MEMBERSHIP, idle), rate,
                        pair[1].cpuMillisPerRequest(GATEWAY, idle)));
            }
        });
        line.append(" other_cpu_cores=%.2f p99_target=%s ratio_target=%s".formatted(cpu.otherCores(), p99Verdict,
                ratioVerdict));
        say(line.toString());
    }

    private static double ratio(Phase[] pair, int percentile) {
        long direct = pair[0].latency().percentileNanos(percentile);
        return direct <= 0 ? Double.POSITIVE_INFINITY : (double) pair[1].latency().percentileNanos(percentile) / direct;
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "FAIL";
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
