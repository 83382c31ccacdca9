package io.darkroom.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArimaTest {
    @Test
    void recoversTheCoefficientAndMeanOfAnAr1Process() {
        Random random = new Random(7);
        double[] y = new double[600];
        double x = 0;
        for (int t = 0; t < y.length; t++) {
            x = 0.7 * x + random.nextGaussian();
            y[t] = 50 + x;
        }
        Arima.Fit fit = Arima.fit(y, new Arima.Order(1, 0, 0, 0, 0, 0, 1, true), 1);
        assertThat(fit.ar()).hasSize(1);
        assertThat(fit.ar()[0]).isCloseTo(0.7, within(0.06));
        assertThat(fit.mean()).isCloseTo(50, within(0.4));
        assertThat(fit.sigma2()).isCloseTo(1, within(0.15));
    }

    @Test
    void recoversTheCoefficientOfAnMa1Process() {
        Random random = new Random(11);
        double[] y = new double[800];
        double previous = 0;
        for (int t = 0; t < y.length; t++) {
            double e = random.nextGaussian();
            y[t] = e - 0.5 * previous;
            previous = e;
        }
        Arima.Fit fit = Arima.fit(y, new Arima.Order(0, 0, 1, 0, 0, 0, 1, false), 0);
        assertThat(fit.ma()[0]).isCloseTo(-0.5, within(0.07));
    }

    @Test
    void anAr1ForecastDecaysGeometricallyTowardsTheMean() {
        Arima.Fit fit = new Arima.Fit(new Arima.Order(1, 0, 0, 0, 0, 0, 1, true), new double[] {0.5}, new double[0], 10,
                new double[200], 1, 0);
        // after 18 each forecast halves its distance to the mean 10
        double[] f = fit.forecast(new double[] {12, 18}, 3);
        assertThat(f).containsExactly(new double[] {14, 12, 11}, within(1e-9));
    }

    @Test
    void selectionDifferencesARandomWalkAndForecastsItsDrift() {
        Random random = new Random(3);
        double[] y = new double[120];
        double level = 100;
        for (int t = 0; t < y.length; t++) {
            level += 2 + 0.5 * random.nextGaussian();
            y[t] = level;
        }
        Arima.Fit fit = Arima.select(y, 1);
        assertThat(fit.order().d()).isEqualTo(1);
        double[] f = fit.forecast(y, 10);
        assertThat(f[9] - y[y.length - 1]).isCloseTo(20, within(3.0));
    }

    @Test
    void aQuarterlyCycleIsDifferencedAwayAndItsShapeForecast() {
        Random random = new Random(5);
        double[] pattern = {-20, 5, 30, -15};
        double[] y = new double[48];
        for (int t = 0; t < y.length; t++) {
            y[t] = 200 + t + pattern[t % 4] + 2 * random.nextGaussian();
        }
        Arima.Fit fit = Arima.select(y, 4);
        assertThat(fit.order().seasonalD()).isEqualTo(1);
        double[] f = fit.forecast(y, 8);
        // positions 48 … 55 are phases 0, 1, 2, 3, 0, …: the peak at phase 2, the trough at phase 0
        assertThat(f[2]).isGreaterThan(f[1]).isGreaterThan(f[3]).isGreaterThan(f[0]);
        for (int j = 0; j < 8; j++) {
            assertThat(f[j]).isCloseTo(200 + 48 + j + pattern[j % 4], within(8.0));
        }
    }

    @Test
    void theArimaModelForecastsAQuarterlyCycleThroughTheSeasonalAdjustment() {
        Random random = new Random(6);
        double[] pattern = {0.8, 1.1, 1.3, 0.8};
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + 2 * t) * pattern[t % 4] * (1 + 0.01 * random.nextGaussian());
        }
        double[] f = new ForecastModel.AutoArima().forecast(y, 4, 8);
        for (int j = 0; j < 8; j++) {
            assertThat(f[j]).isCloseTo((100 + 2 * (40 + j)) * pattern[j % 4], within(12.0));
        }
    }

    @Test
    void kpssAcceptsNoiseAndRejectsARandomWalk() {
        assertThat(Arima.kpssStationary(SyntheticSeries.noise(200, 5, 1, 1))).isTrue();
        Random random = new Random(9);
        double[] walk = new double[200];
        for (int t = 1; t < walk.length; t++) {
            walk[t] = walk[t - 1] + random.nextGaussian();
        }
        assertThat(Arima.kpssStationary(walk)).isFalse();
    }

    @Test
    void everyFitIsStationaryAndInvertibleSoForecastsStayBounded() {
        double[] y = SyntheticSeries.noise(60, 0, 1, 4);
        for (int t = 1; t < y.length; t++) {
            y[t] += 0.99 * y[t - 1];
        }
        double[] f = Arima.fit(y, new Arima.Order(2, 0, 2, 0, 0, 0, 1, true), 2).forecast(y, 500);
        assertThat(f[499]).isFinite();
        assertThat(Math.abs(f[499])).isLessThan(100);
    }
}
