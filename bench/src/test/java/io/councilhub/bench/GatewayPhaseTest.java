package io.councilhub.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GatewayPhaseTest {

    @Test
    void slicesOfAPathMergeIntoOnePhaseOverTheirWholeTime() {
        GatewayBenchmark.Phase first = slice(LatencySample.of(1_000_000, 2_000_000), 2, 0, 0.40, 0.20);
        GatewayBenchmark.Phase second = slice(LatencySample.of(3_000_000, 9_000_000), 1, 1, 0.20, 0.10);

        GatewayBenchmark.Phase phase = GatewayBenchmark.Phase.merge(List.of(first, second));

        assertThat(phase.latency().count()).isEqualTo(4);
        assertThat(phase.latency().maxNanos()).isEqualTo(9_000_000);
        assertThat(phase.sent()).isEqualTo(4);
        assertThat(phase.ok()).isEqualTo(3);
        assertThat(phase.errors()).isEqualTo(1);
        assertThat(phase.achievedPerSecond()).as("3 answered over 2 s + 2 s").isCloseTo(0.75, within(1e-9));
        assertThat(phase.cpu().wallNanos()).isEqualTo(4_000_000_000L);
        assertThat(phase.cpu().ownCores()).isCloseTo(0.3, within(1e-9));
        assertThat(phase.cores().get("gateway")).isCloseTo(0.15, within(1e-9));
    }

    private static GatewayBenchmark.Phase slice(LatencySample latency, int ok, int errors, double ownCores, double gateway) {
        long wall = 2_000_000_000L;
        return new GatewayBenchmark.Phase("gateway", 2, latency, ok + errors, ok, errors, ok / 2.0, 2,
                new CpuAccount.Usage(wall, wall, (long) (ownCores * wall)), Map.of("gateway", gateway));
    }
}
