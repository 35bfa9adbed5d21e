package io.councilhub.bench;

import io.councilhub.bench.PropagationBenchmark.Propagation;
import io.councilhub.bench.PropagationBenchmark.Settings;
import io.councilhub.bench.PropagationBenchmark.Throughput;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.councilhub.bench.LatencySample.millis;

/** The human-readable report of one run, its verdict against the targets, and one machine-readable last line. */
record Report(Instant started, MachineInfo machine, CpuAccount.Usage cpu, Settings settings, Throughput throughput, Propagation propagation,
              LatencySample raw) {

    double ratioP50() {
        return ratio(propagation.latency().percentileNanos(50), raw.percentileNanos(50));
    }

    double ratioP99() {
        return ratio(propagation.latency().percentileNanos(99), raw.percentileNanos(99));
    }

    boolean p99Met() {
        return propagation.latency().percentileNanos(99) < TimeUnit.MILLISECONDS.toNanos(settings.targetP99Millis());
    }

    boolean ratioP50Met() {
        return ratioP50() <= settings.targetRatio();
    }

    boolean ratioP99Met() {
        return ratioP99() <= settings.targetRatio();
    }

    void print(PrintStream out) {
        LatencySample latency = propagation.latency();
        out.println();
        out.println("==== councilhub propagation benchmark ====");
        out.println("run        " + started);
        out.println("machine    " + machine.describe());
        out.println("cpu        " + cpu.describe());
        out.println("stack      in-JVM KRaft broker + mongo-java-server (memory backend) in the benchmark JVM;");
        out.println("           membership-service, finance-service, gateway as separate JVMs "
                + "(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)");
        for (String variable : List.of("_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "SPRING_APPLICATION_JSON")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                out.println("           inherited by the services: " + variable + "=" + value);
            }
        }
        out.println();
        out.printf("A  throughput, %,d members admitted by %d client threads after a warm-up round of %d%n",
                throughput.members(), settings.threads(), settings.warmUp());
        out.println("   (each admission's MemberAdmitted goes through the outbox, the broker and finance's consumer)");
        out.printf("   HTTP admission rate          %,8.0f members/s   (%,d in %.2f s)%n", throughput.admissionsPerSecond(),
                throughput.members(), throughput.admissionNanos() / 1e9);
        out.printf("   outbox relay -> broker       %,8.0f events/s    (%s)%n", throughput.publishedPerSecond(),
                throughput.onTopicNanos() < 0 ? "the tap missed some events"
                        : "all %,d on the broker %.2f s after the first POST".formatted(throughput.members(),
                        throughput.onTopicNanos() / 1e9));
        out.printf("   outbox + consumer, end to end%,8.0f events/s    (all in the forecast %.2f s after the first POST)%n",
                throughput.eventsPerSecond(), throughput.reflectedNanos() / 1e9);
        out.println();
        out.printf("B  propagation, withdrawal HTTP response -> forecast reflects it (%,d measured after %d warm-up reads and %d"
                + " warm-up withdrawals)%n", latency.count(), settings.warmUpReads(), settings.warmUp());
        out.println("                                     p50        p95        p99        max       mean");
        out.println("   propagation (ms)     " + row(latency));
        out.println("     response -> broker " + row(propagation.relay()) + "   (outbox relay; < 0: out before the response)");
        out.println("     broker -> forecast " + row(propagation.downstream()) + "   (finance consumer, write, forecast read)"
                + (propagation.untapped() > 0 ? "; " + propagation.untapped() + " not tapped" : ""));
        out.println("   forecast read (ms)   " + row(propagation.forecastRead())
                + "   (" + propagation.reads() + " reads for " + latency.count() + " withdrawals)");
        out.println("   withdrawal call (ms) " + row(propagation.withdrawalCall()));
        out.println();
        out.printf("C  raw Kafka round trip on the same broker (%,d records of %d bytes, acks=all, idempotent, linger.ms=0)%n",
                raw.count(), settings.rawPayloadBytes());
        out.println("   raw round trip (ms)  " + row(raw));
        out.println();
        out.printf("   ratio propagation / raw      p50 %.1fx   p99 %.1fx%n", ratioP50(), ratioP99());
        out.println();
        out.println("targets");
        out.printf("   propagation p99 < %d ms              %s  (%s ms; %d of %,d above)%n", settings.targetP99Millis(),
                verdict(p99Met()), millis(latency.percentileNanos(99)),
                latency.countAbove(TimeUnit.MILLISECONDS.toNanos(settings.targetP99Millis())), latency.count());
        out.printf("   p50 within %dx of the raw p50          %s  (%.1fx)%n", settings.targetRatio(), verdict(ratioP50Met()),
                ratioP50());
        out.printf("   p99 within %dx of the raw p99          %s  (%.1fx)%n", settings.targetRatio(), verdict(ratioP99Met()),
                ratioP99());
        out.println();
        out.println(machineLine());
        out.flush();
    }

    String machineLine() {
        LatencySample latency = propagation.latency();
        return String.format("bench: members=%d propagation_p50_ms=%s propagation_p95_ms=%s propagation_p99_ms=%s "
                        + "propagation_max_ms=%s raw_p50_ms=%s raw_p99_ms=%s ratio_p50=%.1f ratio_p99=%.1f "
                        + "events_per_s=%.0f published_per_s=%.0f admissions_per_s=%.0f other_cpu_cores=%.2f "
                        + "p99_target=%s ratio_target=%s",
                throughput.members(), millis(latency.percentileNanos(50)), millis(latency.percentileNanos(95)),
                millis(latency.percentileNanos(99)), millis(latency.maxNanos()), millis(raw.percentileNanos(50)),
                millis(raw.percentileNanos(99)), ratioP50(), ratioP99(), throughput.eventsPerSecond(),
                throughput.publishedPerSecond(), throughput.admissionsPerSecond(), cpu.otherCores(), verdict(p99Met()), verdict(ratioP50Met() && ratioP99Met()));
    }

    private static String row(LatencySample sample) {
        return String.format("%10s %10s %10s %10s %10s", millis(sample.percentileNanos(50)),
                millis(sample.percentileNanos(95)), millis(sample.percentileNanos(99)), millis(sample.maxNanos()),
                millis(sample.meanNanos()));
    }

    private static double ratio(long ours, long raw) {
        return raw <= 0 ? Double.POSITIVE_INFINITY : (double) ours / raw;
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "FAIL";
    }
}
