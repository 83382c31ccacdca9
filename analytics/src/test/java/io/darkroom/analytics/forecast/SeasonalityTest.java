package io.darkroom.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeasonalityTest {
    @Test
    void findsTheYearlyCycleAndTheNovemberDecemberPeaksOfThreeYearsOfInvoices() {
        TimeSeries invoices = SyntheticSeries.invoices(36, 7);
        Seasonality s = Seasonality.detect(invoices.values(), 12);
        assertThat(s.period()).isEqualTo(12);
        assertThat(s.multiplicative()).isTrue();
        // phases 10 and 11 are the series' positions 10, 11 = "2022-11", "2022-12"
        assertThat(s.phasesByIndexDescending().subList(0, 2)).containsExactlyInAnyOrder(10, 11);
        assertThat(invoices.periods().get(s.phasesByIndexDescending().get(0))).isEqualTo("2022-12");
        assertThat(s.indices()[11]).isCloseTo(1.9 / (12.5 / 12), within(0.1)); // 1.9 over the mean factor (10 x 0.9 + 1.6 + 1.9) / 12
        assertThat(s.strength()).isGreaterThan(0.9);
    }

    @Test
    void recoversExactMultiplicativeIndicesOfANoiselessSeries() {
        double[] y = new double[20];
        double[] indices = {0.8, 1.0, 1.2, 1.0};
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * indices[t % 4];
        }
        Seasonality s = Seasonality.detect(y, 4);
        assertThat(s.indices()).containsExactly(indices, within(1e-9));
        assertThat(s.strength()).isCloseTo(1, within(1e-9));
    }

    @Test
    void usesAdditiveIndicesWhenTheSeriesHasNegativeValues() {
        double[] y = new double[24];
        double[] offsets = {-10, 0, 15, -5};
        for (int t = 0; t < y.length; t++) {
            y[t] = -3 + offsets[t % 4];
        }
        Seasonality s = Seasonality.detect(y, 4);
        assertThat(s.multiplicative()).isFalse();
        assertThat(s.indices()).containsExactly(offsets, within(1e-9));
    }

    @Test
    void rarelyFlagsWhiteNoise() {
        int flagged = 0;
        for (int seed = 0; seed < 100; seed++) {
            if (Seasonality.detect(SyntheticSeries.noise(48, 100, 10, seed), 12).present()) {
                flagged++;
            }
        }
        // a 90 % test with Bartlett's variance: at most about one series in ten (1 of these 100)
        assertThat(flagged).isLessThanOrEqualTo(10);
    }

    @Test
    void doesNotTestHistoriesShorterThanThreeCycles() {
        assertThat(Seasonality.detect(SyntheticSeries.invoices(35, 7).values(), 12).present()).isFalse();
    }

    @Test
    void constantAndZeroSeriesHaveNoSeasonality() {
        double[] constant = new double[48];
        Arrays.fill(constant, 5);
        assertThat(Seasonality.detect(constant, 12)).isEqualTo(Seasonality.none());
        assertThat(Seasonality.detect(new double[48], 12)).isEqualTo(Seasonality.none());
    }

    @Test
    void theAdjustmentTestDoesNotMistakeANoisyTrendForACycleAsTheRawTestDoes() {
        // 36 quarters rising 3 a quarter plus noise (sd 5) and no cycle: the trend's autocorrelation at lag 4 passes the raw test
        for (long seed : new long[] {3, 5}) {
            java.util.Random random = new java.util.Random(seed);
            double[] y = new double[36];
            for (int t = 0; t < y.length; t++) {
                y[t] = 100 + 3 * t + 5 * random.nextGaussian();
            }
            assertThat(Seasonality.detect(y, 4).present()).as("raw test, seed %d", seed).isTrue();
            assertThat(Seasonality.forAdjustment(y, 4).present()).as("adjustment test, seed %d", seed).isFalse();
        }
    }

    @Test
    void theAdjustmentTestFindsAClearCycleAroundASteepTrend() {
        double[] cycle = {0.97, 1.0, 1.03, 1.0};
        double[] y = new double[36];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + 10 * t) * cycle[t % 4];
        }
        Seasonality adjustment = Seasonality.forAdjustment(y, 4);
        assertThat(adjustment.period()).isEqualTo(4);
        assertThat(adjustment.indices()[0]).isCloseTo(0.97, within(0.01));
        assertThat(adjustment.indices()[2]).isCloseTo(1.03, within(0.01));
    }

    @Test
    void theAdjustmentTestTakesNoCycleOutOfAStraightLine() {
        double[] y = new double[36];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + 4 * t;
        }
        assertThat(Seasonality.forAdjustment(y, 4).present()).isFalse();
    }
}
