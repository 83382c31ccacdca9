package io.darkroom.analytics.anomaly;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WindowScoreTest {
    @Test
    void windowsHitOnceAndFalsePositivesCountedPerEvent() {
        List<WindowScore.Window> windows = List.of(new WindowScore.Window(10, 19), new WindowScore.Window(50, 59),
                new WindowScore.Window(80, 89));
        // 3: probation; 12, 15: window 1 (counts once); 30, 33, 40: one FP event (gaps 3 and 7 <= 8), 70: another;
        // window 2 and 3 missed except 85 in window 3.
        int[] detections = {3, 12, 15, 30, 33, 40, 70, 85};

        WindowScore score = WindowScore.of(windows, detections, 5, 8);

        assertThat(score).isEqualTo(new WindowScore(3, 2, 2));
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-12));
    }

    @Test
    void noDetectionsScoreZeroNotNaN() {
        WindowScore score = WindowScore.of(List.of(new WindowScore.Window(1, 2)), new int[0], 0, 8);
        assertThat(score.f1()).isZero();
        assertThat(score.precision()).isZero();
    }
}
