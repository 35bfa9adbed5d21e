package io.councilhub.bench;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.Topics;
import io.councilhub.systemtest.LocalStack;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The first benchmark of the membership-to-finance path, against the stack {@link LocalStack} starts
 * (in-JVM KRaft broker and mongo-java-server, the services' runnable jars as separate JVMs):
 * <ol>
 *   <li>warm-up, not measured: one admission through to the forecast (finance's consumer has joined its
 *       group), then a round of concurrent admissions that warms every JVM on the path;</li>
 *   <li>throughput: N members admitted concurrently through membership; how fast their MemberAdmitted
 *       events go through the outbox, the broker and finance's consumer into the FY2022 dues forecast;</li>
 *   <li>propagation: members withdrawn one at a time; for each, the time from the withdrawal's HTTP
 *       response to the first forecast read that no longer counts the member;</li>
 *   <li>the raw Kafka produce-to-consume round trip on the same broker, so the propagation figures
 *       read as a ratio.</li>
 * </ol>
 * Settings are system properties ({@code -Dbench.members=1200} etc., see {@link Settings}). It prints a
 * report ending in one machine-readable {@code bench:} line, and exits 0 whether or not the targets are
 * met (1 when the benchmark itself fails, 2 for invalid settings).
 */
public final class PropagationBenchmark {

    private static final String FORECAST = "/api/finance/fiscal-years/2022/dues-forecast";
    private static final String RATES = """
            {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}""";
    private static final long THROUGHPUT_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(180);
    private static final long PROPAGATION_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Settings settings;
    private final LocalStack stack;
    private final ApiClient membership;
    private final ApiClient finance;

    private PropagationBenchmark(Settings settings, LocalStack stack) {
        this.settings = settings;
        this.stack = stack;
        this.membership = stack.direct("membership-service");
        this.finance = stack.direct("finance-service");
    }

    /**
     * What the run does, from system properties.
     *
     * @param members         members admitted in the throughput phase ({@code bench.members})
     * @param threads         client threads admitting them ({@code bench.threads})
     * @param warmUpReads     forecast reads before the first withdrawal, warming the read path ({@code bench.warmupReads})
     * @param warmUp          members admitted concurrently before the throughput phase and withdrawn before the
     *                        measured withdrawals, neither counted ({@code bench.warmup})
     * @param withdrawals     measured withdrawals ({@code bench.withdrawals})
     * @param pollPauseMicros pause between two forecast reads while waiting for one withdrawal ({@code bench.pollPauseMicros}, 0 = none)
     * @param rawWarmUp       raw round trips before the measured ones ({@code bench.raw.warmup})
     * @param rawRecords      measured raw round trips ({@code bench.raw.records})
     * @param rawPayloadBytes size of a raw record's value, about a MemberWithdrawn event's ({@code bench.raw.payloadBytes})
     * @param targetP99Millis the propagation p99 target ({@code bench.target.p99Ms})
     * @param targetRatio     how many times the raw round trip our path may take ({@code bench.target.ratio})
     */
    record Settings(int members, int threads, int warmUpReads, int warmUp, int withdrawals, long pollPauseMicros, int rawWarmUp,
                    int rawRecords, int rawPayloadBytes, long targetP99Millis, long targetRatio) {

        static Settings fromSystemProperties() {
            Settings settings = new Settings(Integer.getInteger("bench.members", 1200),
                    Integer.getInteger("bench.threads", 8), Integer.getInteger("bench.warmupReads", 300),
                    Integer.getInteger("bench.warmup", 150),
                    Integer.getInteger("bench.withdrawals", 1000), Long.getLong("bench.pollPauseMicros", 1000),
                    Integer.getInteger("bench.raw.warmup", 100), Integer.getInteger("bench.raw.records", 1000),
                    Integer.getInteger("bench.raw.payloadBytes", 300), Long.getLong("bench.target.p99Ms", 250),
                    Long.getLong("bench.target.ratio", 10));
            if (settings.withdrawals > settings.members) {
                throw new IllegalArgumentException("bench.members (%d) must be at least bench.withdrawals (%d)"
                        .formatted(settings.members, settings.withdrawals));
            }
            if (settings.warmUp < 0 || settings.warmUpReads < 0 || settings.members < 1 || settings.threads < 1 || settings.withdrawals < 1 || settings.rawRecords < 1) {
                throw new IllegalArgumentException("bench.members, bench.threads, bench.withdrawals and bench.raw.records must be positive");
            }
            return settings;
        }
    }

    /**
     * One round of concurrent admissions, all from its first POST: the last admission's response, the last
     * MemberAdmitted on the broker (-1 if the tap missed some) and the forecast counting every member.
     */
    record Throughput(List<String> memberIds, long admissionNanos, long onTopicNanos, long reflectedNanos) {

        int members() {
            return memberIds.size();
        }

        double admissionsPerSecond() {
            return perSecond(members(), admissionNanos);
        }

        double publishedPerSecond() {
            return onTopicNanos < 0 ? 0 : perSecond(members(), onTopicNanos);
        }

        double eventsPerSecond() {
            return perSecond(members(), reflectedNanos);
        }
    }

    /**
     * Phase B, per measured withdrawal: response to forecast (the figure), split at the event's arrival on the
     * broker into the relay's part (negative when the event was out before the response) and the rest; what one
     * forecast read and one withdrawal call took.
     */
    record Propagation(LatencySample latency, LatencySample relay, LatencySample downstream, LatencySample forecastRead,
                       LatencySample withdrawalCall, long reads, int untapped) {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        Settings settings;
        try {
            settings = Settings.fromSystemProperties();
        } catch (IllegalArgumentException invalid) {
            System.err.println("benchmark not started: " + invalid.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            run(settings);
            status = 0;
        } catch (Throwable failed) {
            System.out.flush();
            System.err.println("benchmark failed: " + failed);
            failed.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(Settings settings) throws InterruptedException {
        MachineInfo machine = MachineInfo.current();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        say("councilhub propagation benchmark, " + started);
        say("machine: " + machine.describe());
        double busyBefore = CpuAccount.busyCores(Duration.ofSeconds(2));
        say("machine busy before the start: %.2f cores%s".formatted(busyBefore, busyBefore > 0.25
                ? " -- other work is running; the figures will be worse and noisier than on a quiet machine" : ""));
        CpuAccount cpu = CpuAccount.start();
        say("starting the stack (broker, store, membership-service, finance-service, gateway) ...");
        long stackStart = System.nanoTime();
        LocalStack stack = LocalStack.start();
        StackCloser closer = new StackCloser(stack);
        Runtime.getRuntime().addShutdownHook(new Thread(closer, "bench-stack-closer"));
        try {
            say("stack ready in %.1f s; logs in target/stack-logs".formatted((System.nanoTime() - stackStart) / 1e9));
            PropagationBenchmark bench = new PropagationBenchmark(settings, stack);
            bench.setRates();
            Throughput throughput;
            Propagation propagation;
            try (TopicTap tap = new TopicTap(stack.bootstrapServers(), Topics.MEMBERSHIP).start()) {
                bench.prime();
                say("warm-up: admitting %d members with %d client threads ...".formatted(settings.warmUp(), settings.threads()));
                List<String> warmUpIds = bench.admitConcurrently(settings.warmUp(), "ベンチマーク準備会員", tap).memberIds();
                say("phase A: admitting %d members with %d client threads ...".formatted(settings.members(), settings.threads()));
                throughput = bench.admitConcurrently(settings.members(), "ベンチマーク会員", tap);
                say("  %d admitted in %.2f s (%.0f/s); all %d in the forecast after %.2f s (%.0f events/s)".formatted(
                        throughput.members(), throughput.admissionNanos() / 1e9, throughput.admissionsPerSecond(),
                        throughput.members(), throughput.reflectedNanos() / 1e9, throughput.eventsPerSecond()));
                propagation = bench.propagation(tap, warmUpIds, throughput.memberIds().subList(0, settings.withdrawals()));
            }
            say("phase C: raw Kafka round trip on " + stack.bootstrapServers() + " ...");
            LatencySample raw = new RawRoundTrip(stack.bootstrapServers(), settings.rawPayloadBytes())
                    .run(settings.rawWarmUp(), settings.rawRecords());
            new Report(started, machine, cpu.usage(), settings, throughput, propagation, raw).print(System.out);
        } finally {
            closer.run();
        }
    }

    private void setRates() {
        Response rates = stack.secretariat().put("/api/finance/fiscal-years/2022/dues-schedule", RATES);
        if (rates.status() != 200) {
            throw new IllegalStateException("setting the FY2022 rates through the gateway: " + rates);
        }
    }

    /**
     * One admission through to the forecast before anything is measured: finance's consumer may still be
     * joining its group when the services report ready.
     */
    private void prime() throws InterruptedException {
        long expected = forecastMembers() + 1;
        admitMember("ベンチマーク初回会員", "ORGANIZATION");
        long deadline = System.nanoTime() + THROUGHPUT_LIMIT_NANOS;
        while (forecastMembers() != expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first admission did not reach the forecast within 180 s");
            }
            Thread.sleep(20);
        }
    }

    /** Admits {@code n} members through membership with the client threads; returns once the forecast counts them all. */
    private Throughput admitConcurrently(int n, String namePrefix, TopicTap tap) throws InterruptedException {
        String admitted = EventCatalogue.MEMBER_ADMITTED.wireName();
        int tappedBefore = tap.count(admitted);
        long expected = forecastMembers() + n;
        String[] ids = new String[n];
        AtomicLong lastResponse = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    ids[index] = admitMember(namePrefix + index, category(index));
                    lastResponse.accumulateAndGet(System.nanoTime(), Math::max);
                } catch (Throwable failed) {
                    failure.compareAndSet(null, failed);
                }
            });
        }
        pool.shutdown();
        try {
            long reflected;
            while (true) {
                if (failure.get() != null) {
                    throw new IllegalStateException("an admission failed", failure.get());
                }
                long members = forecastMembers();
                long now = System.nanoTime();
                if (members == expected) {
                    reflected = now;
                    break;
                }
                if (members > expected) {
                    throw new IllegalStateException("forecast counts " + members + " members, expected " + expected);
                }
                if (now - t0 > THROUGHPUT_LIMIT_NANOS) {
                    throw new IllegalStateException("forecast counts " + members + " of " + expected + " members after 180 s");
                }
                Thread.sleep(100);
            }
            if (!pool.awaitTermination(60, TimeUnit.SECONDS) || failure.get() != null) {
                throw new IllegalStateException("admissions did not all succeed", failure.get());
            }
            boolean allTapped = tap.count(admitted) - tappedBefore >= n;
            return new Throughput(List.of(ids), lastResponse.get() - t0,
                    allTapped ? tap.lastArrival(admitted) - t0 : -1, reflected - t0);
        } finally {
            pool.shutdownNow();
        }
    }

    private String admitMember(String name, String category) {
        Response created = membership.post("/api/members", """
                {"name":"%s","category":"%s","admittedOn":"2019-04-01"}""".formatted(name, category));
        if (created.status() != 201) {
            throw new IllegalStateException("admitting " + name + ": " + created);
        }
        return created.json().get("id").asString();
    }

    /** Mostly municipalities and companies, as the council's roll is: 45 % and 40 %, then 5 % each of the rest. */
    static String category(int index) {
        int slot = index % 20;
        if (slot == 0) {
            return "PREFECTURE";
        } else if (slot == 1) {
            return "ACADEMIA";
        } else if (slot == 2) {
            return "ORGANIZATION";
        } else if (slot < 12) {
            return "MUNICIPALITY";
        }
        return "COMPANY";
    }

    /** Withdraws {@code warmUpIds} unmeasured, then {@code measuredIds}, one at a time, each through to the forecast. */
    private Propagation propagation(TopicTap tap, List<String> warmUpIds, List<String> measuredIds) {
        String withdrawnType = EventCatalogue.MEMBER_WITHDRAWN.wireName();
        List<String> ids = new ArrayList<>(warmUpIds);
        ids.addAll(measuredIds);
        int total = ids.size();
        say("phase B: %d forecast reads to warm up, then %d withdrawals one at a time (%d warm-up), polling the forecast every %d µs ..."
                .formatted(settings.warmUpReads(), total, warmUpIds.size(), settings.pollPauseMicros()));
        for (int i = 0; i < settings.warmUpReads(); i++) {
            forecastMembers();
        }
        long members = forecastMembers();
        List<Long> latencies = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        List<Long> calls = new ArrayList<>();
        List<Long> relay = new ArrayList<>();
        List<Long> downstream = new ArrayList<>();
        int untapped = 0;
        long readCount = 0;
        for (int k = 0; k < total; k++) {
            boolean measured = k >= warmUpIds.size();
            long expected = members - 1;
            long callStart = System.nanoTime();
            String id = ids.get(k);
            Response withdrawn = membership.post("/api/members/" + id + "/withdrawal", """
                    {"withdrawnOn":"2022-09-30","reason":"ベンチマーク"}""");
            long t1 = System.nanoTime();
            if (withdrawn.status() != 200) {
                throw new IllegalStateException("withdrawal " + k + ": " + withdrawn);
            }
            long t2;
            while (true) {
                long readStart = System.nanoTime();
                long now = forecastMembers();
                t2 = System.nanoTime();
                if (measured) {
                    reads.add(t2 - readStart);
                    readCount++;
                }
                if (now == expected) {
                    break;
                }
                if (now != members) {
                    throw new IllegalStateException("withdrawal " + k + ": forecast counts " + now + ", expected "
                            + members + " or " + expected);
                }
                if (t2 - t1 > PROPAGATION_LIMIT_NANOS) {
                    throw new IllegalStateException("withdrawal " + k + " not in the forecast after 30 s");
                }
                if (settings.pollPauseMicros() > 0) {
                    LockSupport.parkNanos(settings.pollPauseMicros() * 1000);
                }
            }
            members = expected;
            if (measured) {
                latencies.add(t2 - t1);
                calls.add(t1 - callStart);
                long onTopic = tap.arrival(withdrawnType, id, Duration.ofSeconds(1));
                if (onTopic < 0) {
                    untapped++;
                } else {
                    relay.add(onTopic - t1);
                    downstream.add(t2 - onTopic);
                }
            }
            if ((k + 1) % 250 == 0) {
                say("  %d/%d".formatted(k + 1, total));
            }
        }
        if (relay.isEmpty()) {
            throw new IllegalStateException("the tap saw none of the withdrawals on " + Topics.MEMBERSHIP);
        }
        return new Propagation(LatencySample.of(latencies), LatencySample.of(relay), LatencySample.of(downstream),
                LatencySample.of(reads), LatencySample.of(calls), readCount, untapped);
    }

    /** How many members the FY2022 forecast counts, over all categories. */
    private long forecastMembers() {
        Response response = finance.get(FORECAST);
        if (response.status() != 200) {
            throw new IllegalStateException("reading the forecast: " + response);
        }
        long members = 0;
        for (JsonNode line : response.json().get("lines")) {
            members += line.get("members").asLong();
        }
        return members;
    }

    static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Closes the stack once, from the run's end or from a shutdown hook (Ctrl-C). */
    private static final class StackCloser implements Runnable {

        private final LocalStack stack;
        private boolean closed;

        StackCloser(LocalStack stack) {
            this.stack = stack;
        }

        @Override
        public synchronized void run() {
            if (!closed) {
                closed = true;
                say("stopping the stack ...");
                stack.close();
            }
        }
    }
}
