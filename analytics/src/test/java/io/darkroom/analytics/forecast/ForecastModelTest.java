package io.darkroom.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastModelTest {
    @Test
    void naiveRepeatsTheLastValue() {
        assertThat(new ForecastModel.Naive().forecast(new double[] {3, 9, 4}, 1, 3)).containsExactly(4, 4, 4);
    }

    @Test
    void seasonalNaiveRepeatsTheLastCycle() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(new ForecastModel.SeasonalNaive().forecast(y, 4, 6)).containsExactly(5, 6, 7, 8, 5, 6);
    }

    @Test
    void seasonalNaiveFallsBackToNaiveWhenTheHistoryIsShorterThanACycle() {
        assertThat(new ForecastModel.SeasonalNaive().forecast(new double[] {5, 6, 7}, 12, 2)).containsExactly(7, 7);
    }

    @Test
    void sesOnAConstantSeriesForecastsTheConstant() {
        double[] y = new double[20];
        Arrays.fill(y, 50);
        assertThat(new ForecastModel.Ses().forecast(y, 1, 4)).containsOnly(50.0);
    }

    @Test
    void sesFitsTheLevelOfAStepChangeWithALargeAlpha() {
        // 10 values at 100 then 10 at 200: the one-step SSE is smallest when the level jumps at once
        double[] y = new double[20];
        Arrays.fill(y, 0, 10, 100);
        Arrays.fill(y, 10, 20, 200);
        ExponentialSmoothing.SesFit fit = ExponentialSmoothing.ses(y);
        assertThat(fit.alpha()).isGreaterThan(0.99);
        assertThat(fit.level()).isCloseTo(200, within(0.01));
    }

    @Test
    void holtContinuesAnExactLinearTrend() {
        double[] y = SyntheticSeries.linear(30, 10, 2); // 10, 12, ..., 68
        assertThat(new ForecastModel.Holt().forecast(y, 1, 3)).containsExactly(new double[] {70, 72, 74}, within(1e-6));
    }

    @Test
    void dampedTrendFlattensOut() {
        double[] y = SyntheticSeries.linear(30, 10, 2);
        double[] f = new ForecastModel.Damped().forecast(y, 1, 20);
        assertThat(f[0]).isCloseTo(70, within(0.5));
        assertThat(f[19] - f[18]).isLessThan(f[1] - f[0]).isPositive();
        assertThat(f[19]).isLessThan(10 + 2 * 49);
    }

    @Test
    void thetaOnALinearTrendIsTheLastValuePlusHalfTheSlopePerStep() {
        // SES follows the line with alpha -> 1, so the level is the last value 68; Theta adds b/2 = 1 per step
        double[] y = SyntheticSeries.linear(30, 10, 2);
        assertThat(new ForecastModel.Theta().forecast(y, 1, 3)).containsExactly(new double[] {69, 70, 71}, within(1e-3));
    }

    @Test
    void combIsTheMeanOfSesHoltAndDamped() {
        double[] y = SyntheticSeries.noise(40, 100, 5, 3);
        double[] comb = new ForecastModel.Comb().forecast(y, 1, 5);
        double[] ses = new ForecastModel.Ses().forecast(y, 1, 5);
        double[] holt = new ForecastModel.Holt().forecast(y, 1, 5);
        double[] damped = new ForecastModel.Damped().forecast(y, 1, 5);
        for (int j = 0; j < 5; j++) {
            assertThat(comb[j]).isCloseTo((ses[j] + holt[j] + damped[j]) / 3, within(1e-9));
        }
    }

    @Test
    void smoothingModelsForecastAPureSeasonalPatternExactly() {
        // a flat level of 100 times quarterly indices 0.8, 1.0, 1.2, 1.0: adjusted it is constant
        double[] indices = {0.8, 1.0, 1.2, 1.0};
        double[] y = new double[20];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * indices[t % 4];
        }
        for (ForecastModel model : new ForecastModel[] {new ForecastModel.Ses(), new ForecastModel.Theta(), new ForecastModel.Naive2()}) {
            assertThat(model.forecast(y, 4, 5)).as(model.name()).containsExactly(new double[] {80, 100, 120, 100, 80}, within(1e-6));
        }
    }
}
