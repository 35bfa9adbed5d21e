package io.councilhub.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatencySampleTest {

    @Test
    void nearestRankPercentilesOfOneToAThousandAreTheRanksThemselves() {
        LatencySample sample = LatencySample.of(LongStream.rangeClosed(1, 1000).map(i -> 1001 - i).toArray());

        assertThat(sample.percentileNanos(50)).isEqualTo(500);
        assertThat(sample.percentileNanos(95)).isEqualTo(950);
        assertThat(sample.percentileNanos(99)).isEqualTo(990);
        assertThat(sample.percentileNanos(100)).isEqualTo(1000);
        assertThat(sample.minNanos()).isEqualTo(1);
        assertThat(sample.maxNanos()).isEqualTo(1000);
        assertThat(sample.meanNanos()).isEqualTo(500);
    }

    @Test
    void mergedSamplesArePercentiledAsOne() {
        LatencySample odd = LatencySample.of(LongStream.rangeClosed(1, 1000).filter(i -> i % 2 == 1).toArray());
        LatencySample even = LatencySample.of(LongStream.rangeClosed(1, 1000).filter(i -> i % 2 == 0).toArray());

        LatencySample merged = LatencySample.merge(java.util.List.of(odd, even));

        assertThat(merged.count()).isEqualTo(1000);
        assertThat(merged.percentileNanos(99)).isEqualTo(990);
        assertThat(merged.maxNanos()).isEqualTo(1000);
    }

    @Test
    void aPercentileIsAlwaysAMeasuredValueRoundingTheRankUp() {
        LatencySample sample = LatencySample.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 1000);

        assertThat(sample.percentileNanos(50)).isEqualTo(50);
        assertThat(sample.percentileNanos(51)).isEqualTo(60);
        assertThat(sample.percentileNanos(95)).isEqualTo(1000);
        assertThat(sample.percentileNanos(1)).isEqualTo(10);
        assertThat(LatencySample.of(7).percentileNanos(99)).isEqualTo(7);
    }

    @Test
    void countsMeasurementsAboveALimit() {
        LatencySample sample = LatencySample.of(5, 10, 10, 10, 20, 30);

        assertThat(sample.countAbove(10)).isEqualTo(2);
        assertThat(sample.countAbove(9)).isEqualTo(5);
        assertThat(sample.countAbove(30)).isZero();
        assertThat(sample.countAbove(0)).isEqualTo(6);
    }

    @Test
    void formatsNanosecondsAsMillisecondsWithTwoDecimals() {
        assertThat(LatencySample.millis(12_345_678)).isEqualTo("12.35");
        assertThat(LatencySample.millis(999_999)).isEqualTo("1.00");
        assertThat(LatencySample.millis(40_000)).isEqualTo("0.04");
        assertThat(LatencySample.millis(-1_500_000)).isEqualTo("-1.50");
        assertThat(LatencySample.millis(-1_000)).isEqualTo("0.00");
    }

    @Test
    void refusesAnEmptySampleAndPercentilesOutOfRange() {
        assertThatThrownBy(LatencySample::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySample.of(1).percentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySample.of(1).percentileNanos(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
