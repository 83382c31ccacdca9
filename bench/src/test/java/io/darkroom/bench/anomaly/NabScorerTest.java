package io.darkroom.bench.anomaly;

import io.darkroom.analytics.anomaly.WindowScore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NabScorerTest {
    private static final List<WindowScore.Window> ONE_WINDOW = List.of(new WindowScore.Window(40, 49));

    @Test
    void detectionAtTheFirstRowOfTheWindowIsPerfectAndNoDetectionIsNull() {
        boolean[] atStart = new boolean[100];
        atStart[40] = true;
        double perfect = NabScorer.STANDARD.raw(100, ONE_WINDOW, atStart, 15);
        double none = NabScorer.STANDARD.raw(100, ONE_WINDOW, new boolean[100], 15);

        assertThat(perfect).isCloseTo(1.0, within(1e-12));
        assertThat(none).isEqualTo(-1.0);
        assertThat(NabScorer.STANDARD.normalised(perfect, 1)).isCloseTo(100, within(1e-9));
        assertThat(NabScorer.STANDARD.normalised(none, 1)).isZero();
    }

    @Test
    void laterDetectionEarnsLessAndFalsePositivesCostTheirWeight() {
        boolean[] detected = new boolean[100];
        detected[49] = true;  // last row: position -1/10, S = 2 sigmoid(0.5) - 1 = 0.2449, over S(-1) = 0.9866
        detected[20] = true;  // before any window: full fpWeight
        detected[5] = true;   // probation (first 15 rows): ignored
        double raw = NabScorer.STANDARD.raw(100, ONE_WINDOW, detected, 15);

        assertThat(raw).isCloseTo(0.24491866 / 0.98661308 - 0.11, within(1e-6));
    }
}
