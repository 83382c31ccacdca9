package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.diagnose.ChangeModel.AdditiveModel;
import io.darkroom.analytics.diagnose.ChangeModel.RatioModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChangeModelTest {
    private static final ChangeModel RATIO = new RatioModel();
    private static final ChangeModel ADDITIVE = new AdditiveModel();

    /** A ratio part: rows and the mean of its values in each period (every row has a value). */
    private static SliceSums part(long rows0, double mean0, long rows1, double mean1) {
        return new SliceSums(rows0 * mean0, rows0, rows0, rows1 * mean1, rows1, rows1);
    }

    private static SliceSums sum(List<SliceSums> parts) {
        return parts.stream().reduce(SliceSums.ZERO, SliceSums::plus);
    }

    @Test
    void mixAndRateOfEveryPartAddUpToTheChangeOfTheRatioEvenWithPartsThatAppearOrVanish() {
        List<SliceSums> parts = List.of(
                part(10, 0.5, 20, 0.2),
                part(30, -0.2, 10, 0.3),
                part(0, 0, 5, 1.0),     // new in the current period
                part(4, 0.5, 0, 0));    // gone
        SliceSums total = sum(parts);
        // R0 = (5 - 6 + 0 + 2) / 44, R1 = (4 + 3 + 5 + 0) / 35
        double expected = 12.0 / 35 - 1.0 / 44;

        double mix = 0;
        double rate = 0;
        for (SliceSums p : parts) {
            Change.Ratio c = (Change.Ratio) RATIO.change(p, total);
            assertThat(c.mixEffect() + c.rateEffect()).isCloseTo(c.contribution(), within(1e-15));
            mix += c.mixEffect();
            rate += c.rateEffect();
        }
        assertThat(mix + rate).isCloseTo(expected, within(1e-12));
        assertThat(RATIO.delta(total)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aPartThatAppearsHasNoRateEffectAndNoBaselineRatio() {
        SliceSums fresh = part(0, 0, 5, 1.0);
        SliceSums total = sum(List.of(part(10, 0.5, 20, 0.2), fresh));
        Change.Ratio c = (Change.Ratio) RATIO.change(fresh, total);

        // w1 = 5/25, r1 = 1.0, centre = (0.5 + 0.36) / 2 = 0.43: mix = 0.2 · (1.0 - 0.43)
        assertThat(c.rateEffect()).isZero();
        assertThat(c.mixEffect()).isCloseTo(0.2 * (1.0 - 0.43), within(1e-12));
        assertThat(c.baseline()).isNaN();
        assertThat(c.current()).isEqualTo(1.0);
        assertThat(c.baselineWeight()).isZero();
        assertThat(c.currentWeight()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void moreNegativeTicketsAtUnchangedRatesIsAllMix() {
        SliceSums negative = part(20, -0.6, 50, -0.6);
        SliceSums positive = part(80, 0.4, 50, 0.4);
        SliceSums total = sum(List.of(negative, positive));
        // R0 = (-12 + 32) / 100 = 0.2, R1 = (-30 + 20) / 100 = -0.1; centre 0.05
        Change.Ratio n = (Change.Ratio) RATIO.change(negative, total);
        Change.Ratio p = (Change.Ratio) RATIO.change(positive, total);

        assertThat(n.rateEffect()).isZero();
        assertThat(p.rateEffect()).isZero();
        assertThat(n.mixEffect()).isCloseTo(0.3 * (-0.6 - 0.05), within(1e-12));
        assertThat(p.mixEffect()).isCloseTo(-0.3 * (0.4 - 0.05), within(1e-12));
        assertThat(n.mixEffect() + p.mixEffect()).isCloseTo(-0.3, within(1e-12));
        // Both moves pull the average down: more of the low part, less of the high one.
        assertThat(n.share()).isCloseTo(0.65, within(1e-12));
        assertThat(p.share()).isCloseTo(0.35, within(1e-12));
    }

    @Test
    void worseNegativeTicketsAtAnUnchangedMixIsAllRate() {
        SliceSums negative = part(50, -0.6, 50, -0.8);
        SliceSums positive = part(50, 0.4, 50, 0.4);
        SliceSums total = sum(List.of(negative, positive));
        Change.Ratio n = (Change.Ratio) RATIO.change(negative, total);
        Change.Ratio p = (Change.Ratio) RATIO.change(positive, total);

        assertThat(RATIO.delta(total)).isCloseTo(-0.1, within(1e-12));
        assertThat(n.rateEffect()).isCloseTo(0.5 * -0.2, within(1e-12));
        assertThat(n.mixEffect()).isZero();
        assertThat(p.contribution()).isZero();
        assertThat(n.share()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anAdditivePartContributesItsOwnChange() {
        SliceSums x = new SliceSums(3.0, 18, 18, 0, 0, 0); // 18 rows over 6 months, scaled by 1/6 upstream
        SliceSums others = new SliceSums(27.0, 162, 162, 27, 27, 27);
        SliceSums total = x.plus(others);
        Change c = ADDITIVE.change(x, total);

        assertThat(c.contribution()).isEqualTo(-3.0);
        assertThat(c.share()).isEqualTo(1.0);
        assertThat(ADDITIVE.change(others, total).share()).isZero();
    }

    @Test
    void anAdditiveBaselineSummingToZeroFallsBackToRowShares() {
        SliceSums credit = new SliceSums(-50, 1, 1, -50, 1, 1);
        SliceSums debit = new SliceSums(50, 3, 3, 80, 3, 3);
        SliceSums total = credit.plus(debit);

        assertThat(new AdditiveModel().proportionalShare(credit, total)).isEqualTo(0.25);
        assertThat(new AdditiveModel().proportionalShare(debit, total)).isEqualTo(0.75);
    }
}
