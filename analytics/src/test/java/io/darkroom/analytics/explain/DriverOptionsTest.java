package io.darkroom.analytics.explain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriverOptionsTest {
    @Test
    void defaultsArePinned() {
        DriverOptions o = DriverOptions.defaults();
        assertThat(o.minRows()).isEqualTo(10);
        assertThat(o.minSupport()).isEqualTo(0.05);
        assertThat(o.minRiskRatio()).isEqualTo(1.5);
        assertThat(o.minRiskRatioGain()).isEqualTo(1.25);
        assertThat(o.maxPValue()).isEqualTo(0.05);
        assertThat(o.maxCombination()).isEqualTo(3);
        assertThat(o.outlierQuantile()).isEqualTo(0.9);
        assertThat(o.maxValuesPerDimension()).isEqualTo(30);
        assertThat(o.maxDistinctValues()).isEqualTo(1000);
        assertThat(o.maxDistinctShare()).isEqualTo(0.5);
        assertThat(o.minBlankShare()).isEqualTo(0.05);
        assertThat(o.maxDrivers()).isEqualTo(20);
        assertThat(o.forestTrees()).isEqualTo(20);
        assertThat(o.forestDepth()).isEqualTo(5);
        assertThat(o.forestSampleRows()).isEqualTo(100_000);
        assertThat(o.seed()).isEqualTo(7L);
        assertThat(o.thresholdQuantile(Direction.HIGH)).isEqualTo(0.9);
        assertThat(o.thresholdQuantile(Direction.LOW)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aCombinationOfFourIsRejectedNamingTheRule() {
        assertThatThrownBy(() -> DriverOptions.defaults().withMaxCombination(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot configure key drivers: maxCombination must be 1 to 3, got 4");
    }
}
