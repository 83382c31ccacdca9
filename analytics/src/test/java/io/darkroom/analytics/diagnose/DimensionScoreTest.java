package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.diagnose.ChangeModel.AdditiveModel;
import io.darkroom.analytics.diagnose.ChangeModel.RatioModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The score that ranks dimensions (documented on DimensionBreakdown). */
class DimensionScoreTest {
    private static final ChangeModel COUNT = new AdditiveModel();

    private static SliceSums count(long baseline, long current) {
        return new SliceSums(baseline, baseline, baseline, current, current, current);
    }

    private static double score(ChangeModel model, List<SliceSums> parts) {
        return model.concentration(parts, parts.stream().reduce(SliceSums.ZERO, SliceSums::plus));
    }

    @Test
    void aChangeCarriedByOneOfFiveEqualValuesScoresWhatIsBeyondItsFifth() {
        // +13 in one product of five with 20 each: its fair part is 13/5, the excess 13 - 2.6 = 10.4.
        double score = score(COUNT, List.of(count(20, 33), count(20, 20), count(20, 20), count(20, 20), count(20, 20)));

        assertThat(score).isCloseTo(10.4 / 13, within(1e-12));
    }

    @Test
    void aChangeInProportionToSizeScoresZeroHoweverFewTheValues() {
        // Two types that both grew by 30%: a top-segment share would say 0.75 here.
        assertThat(score(COUNT, List.of(count(30, 39), count(10, 13)))).isCloseTo(0, within(1e-12));
    }

    @Test
    void aDimensionConcentratingTheChangeScoresAboveOneSpreadingItEvenly() {
        double concentrated = score(COUNT, List.of(count(10, 23), count(40, 40)));
        double even = score(COUNT, List.of(count(10, 16.5), count(40, 46.5)));

        // concentrated: fair parts 2.6 and 10.4, actual 13 and 0 -> 10.4/13; even: actual 6.5 each -> 3.9/13
        assertThat(concentrated).isCloseTo(0.8, within(1e-12));
        assertThat(even).isCloseTo(0.3, within(1e-12));
    }

    private static SliceSums count(long baseline, double current) {
        return new SliceSums(baseline, baseline, baseline, current, current, (long) current);
    }

    @Test
    void valuesMovingAgainstEachOtherScoreAboveOne() {
        // +20 in one value, -10 in the other: net +10, but 30 units moved.
        double score = score(COUNT, List.of(count(50, 70), count(50, 40)));

        assertThat(score).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void aRatioChangeFromMixAloneScoresAboveAnEvenRateShift() {
        ChangeModel ratio = new RatioModel();
        // doc type: the negative type grew from 20% to 50% at unchanged rates.
        double mix = score(ratio, List.of(
                new SliceSums(-12, 20, 20, -30, 50, 50), new SliceSums(32, 80, 80, 20, 50, 50)));
        // region: both regions slid by the same 0.3.
        double even = score(ratio, List.of(
                new SliceSums(10, 50, 50, -5, 50, 50), new SliceSums(10, 50, 50, -5, 50, 50)));

        // A pure shift of composition is wholly explained by the dimension it happened along.
        assertThat(mix).isCloseTo(1.0, within(1e-12));
        assertThat(even).isCloseTo(0, within(1e-12));
    }

    @Test
    void aRatioChangeInOneOfFiveEqualValuesScoresLikeTheAdditiveCase() {
        ChangeModel ratio = new RatioModel();
        // five equal parts of 20 rows at mean 0; one part's mean rises to 0.65 (overall +0.13).
        SliceSums flat = new SliceSums(0, 20, 20, 0, 20, 20);
        double score = score(ratio, List.of(new SliceSums(0, 20, 20, 13, 20, 20), flat, flat, flat, flat));

        assertThat(score).isCloseTo(0.8, within(1e-12));
    }
}
