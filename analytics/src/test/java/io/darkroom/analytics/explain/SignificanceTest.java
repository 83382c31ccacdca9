package io.darkroom.analytics.explain;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignificanceTest {
    @Test
    void fisherMatchesTheLadyTastingTea() {
        // Fisher (1935): 3 of 4 milk-first cups named correctly; R's fisher.test gives p = 0.4857.
        assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(0.4857, within(1e-4));
    }

    @Test
    void fisherMatchesTheTextbookDietingTable() {
        // Men/women dieting, [[1, 9], [11, 3]]: two-sided p = 0.002759 (R, Wikipedia "Fisher's exact test").
        assertThat(FisherExact.twoSided(1, 9, 11, 3)).isCloseTo(0.002759, within(1e-6));
    }

    @Test
    void fisherIsSymmetricInRowsAndColumnsAndOneWithoutContrast() {
        assertThat(FisherExact.twoSided(9, 1, 3, 11)).isCloseTo(FisherExact.twoSided(1, 9, 11, 3), within(1e-12));
        assertThat(FisherExact.twoSided(1, 11, 9, 3)).isCloseTo(FisherExact.twoSided(1, 9, 11, 3), within(1e-12));
        assertThat(FisherExact.twoSided(5, 5, 5, 5)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(0, 0, 4, 6)).isEqualTo(1.0);
    }

    @Test
    void fisherStaysFiniteOnAMillionRows() {
        // 34 % against 10 % on 100,000 vs 900,000 rows: overwhelming, yet no overflow or NaN.
        double p = FisherExact.twoSided(34_000, 66_000, 90_000, 810_000);
        assertThat(p).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
        // 10.1 % against 10 % on the same rows: p = 0.32 by the normal approximation (z = 0.99).
        assertThat(FisherExact.twoSided(10_100, 89_900, 90_000, 810_000)).isBetween(0.28, 0.36);
    }

    @Test
    void welchMatchesTheTextbookExampleAndCommonsMath() {
        // Welch's t-test, Wikipedia example 1 (unequal variances, equal sizes): t = -2.46, df = 25.0, p = 0.021.
        double[] a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
        double[] a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
        double p = WelchTest.twoSided(counts(a1), counts(a2));
        assertThat(p).isCloseTo(0.021, within(0.0005));
        assertThat(p).isCloseTo(new TTest().tTest(a1, a2), within(1e-9));
    }

    @Test
    void welchOnConstantSidesIsCertainOrUninformative() {
        assertThat(WelchTest.twoSided(counts(new double[]{2, 2, 2}), counts(new double[]{1, 1, 1}))).isEqualTo(0.0);
        assertThat(WelchTest.twoSided(counts(new double[]{1, 1, 1}), counts(new double[]{1, 1}))).isEqualTo(1.0);
        assertThat(WelchTest.twoSided(counts(new double[]{5}), counts(new double[]{1, 2, 3}))).isEqualTo(1.0);
    }

    @Test
    void benjaminiHochbergScalesByRankAndKeepsTheOrder() {
        // Sorted 0.01, 0.03, 0.04, 0.5 -> x4/1, x4/2, x4/3, x4/4 = 0.04, 0.06, 0.0533, 0.5 -> running minimum from
        // the top; the same as R's p.adjust(c(0.01, 0.04, 0.03, 0.5), "BH").
        assertThat(FalseDiscovery.adjust(new double[]{0.01, 0.04, 0.03, 0.5}))
                .containsExactly(new double[]{0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5}, within(1e-12));
        assertThat(FalseDiscovery.adjust(new double[]{0.9, 0.8})).containsExactly(0.9, 0.9);
    }

    @Test
    void countsSubtractToTheRestAndGiveRateMeanVarianceAndRiskRatio() {
        SegmentCounts all = counts(new double[]{1, 2, 3, 4, 10}).plus(new SegmentCounts(0, 0, 0, 0));
        SegmentCounts part = counts(new double[]{1, 2, 3});
        SegmentCounts rest = all.minus(part);
        assertThat(rest.rows()).isEqualTo(2);
        assertThat(rest.mean()).isEqualTo(7.0);
        assertThat(rest.variance()).isEqualTo(18.0);
        assertThat(new SegmentCounts(10, 4, 4, 4).riskRatio(new SegmentCounts(20, 2, 2, 2))).isCloseTo(4.0, within(1e-12));
        assertThat(new SegmentCounts(10, 4, 4, 4).riskRatio(new SegmentCounts(20, 0, 0, 0))).isInfinite();
    }

    /** Counts with every value an outlier-free observation. */
    private static SegmentCounts counts(double[] values) {
        double sum = 0;
        double squares = 0;
        for (double v : values) {
            sum += v;
            squares += v * v;
        }
        return new SegmentCounts(values.length, 0, sum, squares);
    }
}
