package io.darkroom.analytics.anomaly;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StreamingAnomalyDetectorTest {
    private static final int DAY = 48;

    /** Half-hourly load with a daily cycle (100 +- 40) and noise of sd 2. */
    private static double[] dailyLoad(int days, long seed) {
        Random random = new Random(seed);
        double[] values = new double[days * DAY];
        for (int i = 0; i < values.length; i++) {
            values[i] = norm(i) + 2 * random.nextGaussian();
        }
        return values;
    }

    private static double norm(int i) {
        return 100 + 40 * Math.sin(2 * Math.PI * i / DAY);
    }

    private static List<AnomalyPoint> run(StreamingAnomalyDetector detector, double[] values) {
        List<AnomalyPoint> alarms = new ArrayList<>();
        for (double v : values) {
            detector.observe(v).ifPresent(alarms::add);
        }
        return alarms;
    }

    @Test
    void spikeInADailyCycleIsFlaggedAtItsIndexAgainstTheSeasonalNorm() {
        double[] load = dailyLoad(10, 1);
        int at = 8 * DAY + 30; // a trough hour, where a global threshold would never look
        load[at] = norm(at) + 30;

        List<AnomalyPoint> alarms = run(new StreamingAnomalyDetector(StreamingOptions.defaults(), DAY), load);

        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.index()).isEqualTo(at);
            assertThat(a.expected()).isCloseTo(norm(at), within(3.0));
            assertThat(a.severity()).isGreaterThan(StreamingOptions.DEFAULT_THRESHOLD);
        });
    }

    @Test
    void decisionsUseOnlyThePast() {
        double[] load = dailyLoad(6, 2);
        load[4 * DAY + 10] += 40;
        load[5 * DAY + 20] += 40;
        int cut = 5 * DAY;

        List<AnomalyPoint> full = run(new StreamingAnomalyDetector(StreamingOptions.defaults(), DAY), load);
        List<AnomalyPoint> prefix = run(new StreamingAnomalyDetector(StreamingOptions.defaults(), DAY),
                java.util.Arrays.copyOf(load, cut));

        assertThat(full.stream().filter(a -> a.index() < cut).toList()).isEqualTo(prefix).hasSize(1);
        assertThat(full).extracting(AnomalyPoint::index).containsExactly(4 * DAY + 10, 5 * DAY + 20);
    }

    @Test
    void secondSpikeWithinTheRefractoryPeriodIsTheSameIncident() {
        double[] load = dailyLoad(6, 3);
        load[4 * DAY + 10] += 40;
        load[4 * DAY + 20] += 40;

        List<AnomalyPoint> alarms = run(new StreamingAnomalyDetector(StreamingOptions.defaults(), DAY), load);

        assertThat(alarms).extracting(AnomalyPoint::index).containsExactly(4 * DAY + 10);
    }

    @Test
    void missingValueIsRejected() {
        StreamingAnomalyDetector detector = new StreamingAnomalyDetector(StreamingOptions.defaults(), 0);
        detector.observe(1);
        assertThatThrownBy(() -> detector.observe(Double.NaN))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot detect anomalies in a stream: value number 1 is NaN; "
                        + "drop or fill missing values before detection");
    }

    @Test
    void rollingZScoreBaselineJudgesAgainstThePreviousWindow() {
        RollingZScoreDetector baseline = new RollingZScoreDetector(4, 3);
        for (double v : new double[] {1, 2, 3, 4}) {
            assertThat(baseline.observe(v)).isFalse();
        }
        // window 1..4: mean 2.5, sd 1.118; 6 is 3.13 sd away, then window 2..6 (mean 3.75, sd 1.479): 8 is 2.87 away
        assertThat(baseline.observe(6)).isTrue();
        assertThat(baseline.observe(8)).isFalse();
    }
}
