package io.darkroom.analytics.forecast;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastEngineTest {
    private final ForecastEngine engine = new ForecastEngine(ForecastConfig.defaults());

    @Test
    void forecastsTheNovemberDecemberPeakOfThreeYearsOfMonthlyInvoices() {
        TimeSeries invoices = SyntheticSeries.invoices(36, 11);
        SeriesForecast f = engine.forecast(invoices, 12, 0.8);
        assertThat(f.seasonality().period()).isEqualTo(12);
        double[] point = f.point();
        // steps 11 and 12 are 2025-11 and 2025-12, the two highest forecasts
        int[] byValue = java.util.stream.IntStream.range(0, 12).boxed()
                .sorted((a, b) -> Double.compare(point[b], point[a])).mapToInt(i -> i).toArray();
        assertThat(new int[] {byValue[0], byValue[1]}).containsExactlyInAnyOrder(10, 11);
        // 2025's trend is 10,000 * 1.15^3.5 ~ 16,300: December about 1.9 times that, a typical month 0.9 times
        assertThat(point[11]).isBetween(27_000.0, 35_000.0);
        assertThat(point[3]).isBetween(12_500.0, 16_500.0);
        assertThat(f.backtestOrigins()).isGreaterThan(1);
        assertThat(f.backtestMase()).isLessThanOrEqualTo(f.seasonalNaiveBacktestMase());
    }

    @Test
    void eightyPercentIntervalsCoverAboutEightyPercentOfHeldOutNoise() {
        int inside = 0;
        int total = 0;
        for (int seed = 0; seed < 150; seed++) {
            double[] y = SyntheticSeries.noise(66, 500, 40, seed);
            TimeSeries train = TimeSeries.of("noise-" + seed, Arrays.copyOf(y, 60), 12);
            SeriesForecast f = engine.forecast(train, 6, 0.8);
            for (int j = 0; j < 6; j++) {
                inside += y[60 + j] >= f.lower()[j] && y[60 + j] <= f.upper()[j] ? 1 : 0;
                total++;
            }
        }
        assertThat(inside / (double) total).isBetween(0.75, 0.88);
    }

    @Test
    void randomWalkIntervalsWidenWithTheHorizonAndCoverNearNominal() {
        int inside = 0;
        int total = 0;
        double firstWidth = 0;
        double lastWidth = 0;
        for (int seed = 0; seed < 150; seed++) {
            Random random = new Random(seed);
            double[] y = new double[88];
            y[0] = 1000;
            for (int t = 1; t < y.length; t++) {
                y[t] = y[t - 1] + 10 * random.nextGaussian();
            }
            SeriesForecast f = engine.forecast(TimeSeries.of("walk-" + seed, Arrays.copyOf(y, 80), 1), 8, 0.8);
            for (int j = 0; j < 8; j++) {
                inside += y[80 + j] >= f.lower()[j] && y[80 + j] <= f.upper()[j] ? 1 : 0;
                total++;
            }
            firstWidth += f.upper()[0] - f.lower()[0];
            lastWidth += f.upper()[7] - f.lower()[7];
        }
        assertThat(inside / (double) total).isBetween(0.72, 0.88);
        assertThat(lastWidth / firstWidth).isGreaterThan(1.8); // sqrt(8) = 2.8 for a true random walk
    }

    @Test
    void constantSeriesGetsTheConstantWithAZeroWidthInterval() {
        double[] y = new double[24];
        Arrays.fill(y, 7);
        SeriesForecast f = engine.forecast(TimeSeries.of("constant", y, 12), 3, 0.8);
        assertThat(f.point()).containsOnly(7.0);
        assertThat(f.lower()).containsOnly(7.0);
        assertThat(f.upper()).containsOnly(7.0);
        assertThat(f.backtestMase()).isZero();
    }

    @Test
    void zeroAndNegativeSeriesAreForecastWithoutFailing() {
        SeriesForecast zeros = engine.forecast(TimeSeries.of("zeros", new double[36], 12), 6, 0.8);
        assertThat(zeros.point()).containsOnly(0.0);
        double[] negative = SyntheticSeries.noise(48, -200, 10, 5);
        SeriesForecast f = engine.forecast(TimeSeries.of("losses", negative, 12), 6, 0.8);
        assertThat(Arrays.stream(f.point()).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(-230.0, -170.0));
        assertThat(f.upper()[0] - f.lower()[0]).isPositive();
    }

    @Test
    void aSeriesTooShortToBacktestFallsBackToNaiveAndSaysSo() {
        SeriesForecast f = engine.forecast(TimeSeries.of("new", new double[] {10, 12, 11}, 12), 4, 0.8);
        assertThat(f.model()).isEqualTo("naive (too short to backtest: 3 values)");
        assertThat(f.point()).containsOnly(11.0);
        assertThat(f.backtestOrigins()).isZero();
        assertThat(f.backtestMase()).isNaN();
        assertThat(f.upper()[3] - f.lower()[3]).isGreaterThan(f.upper()[0] - f.lower()[0]);

        SeriesForecast single = engine.forecast(TimeSeries.of("one", new double[] {5}, 1), 2, 0.8);
        assertThat(single.point()).containsOnly(5.0);
        assertThat(single.lower()).containsOnly(5.0);
    }

    @Test
    void aSeriesShorterThanThreeCyclesIsBacktestedWithoutTheSeasonalTestAndSaysSo() {
        SeriesForecast f = engine.forecast(SyntheticSeries.invoices(20, 3), 12, 0.8);
        assertThat(f.model()).contains("seasonality not tested: 20 values, fewer than 3 cycles of 12");
        assertThat(f.seasonality().present()).isFalse();
        assertThat(f.backtestOrigins()).isPositive();
        assertThat(f.point()).hasSize(12);
    }

    @Test
    void nanInputIsRejectedNamingThePeriod() {
        double[] y = {1, 2, Double.NaN, 4};
        List<String> periods = List.of("2024-01", "2024-02", "2024-03", "2024-04");
        assertThatThrownBy(() -> new TimeSeries("revenue", periods, y, 12))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot forecast series 'revenue': the value for period '2024-03' is NaN; fill or drop missing periods before forecasting");
    }

    @Test
    void badHorizonOrCoverageIsRejected() {
        TimeSeries s = TimeSeries.of("s", SyntheticSeries.noise(20, 10, 1, 1), 1);
        assertThatThrownBy(() -> engine.forecast(s, 0, 0.8)).isInstanceOf(DarkroomException.class)
                .hasMessageStartingWith("Cannot forecast: horizon 0 is out of range");
        assertThatThrownBy(() -> engine.forecast(s, 3, 80)).isInstanceOf(DarkroomException.class)
                .hasMessageStartingWith("Cannot forecast: interval coverage 80.0 is not between 0 and 1");
    }

    @Test
    void theFixedCombinationIsKeptUnlessAChallengerBeatsItsBacktestMaseByThirtyPercent() {
        TimeSeries s = SyntheticSeries.invoices(48, 5);
        SeriesCandidates candidates = ClassicalBacktest.evaluate(s, 6, 12, ForecastModel.candidates());
        SeriesForecast f = candidates.choose(0.8);
        double[] damped = candidates.candidate("damped").point();
        double[] theta = candidates.candidate("theta").point();
        double bestSingle = candidates.candidates().stream().mapToDouble(Candidate::mase).min().orElseThrow();
        // comb's backtest MASE (1.19) beats the combination's (1.24), but by 4 %, not the 30 % that would count
        assertThat(f.model()).isEqualTo("combination of damped + theta");
        assertThat(bestSingle).isLessThan(f.backtestMase()).isGreaterThanOrEqualTo(0.7 * f.backtestMase());
        for (int j = 0; j < 6; j++) {
            assertThat(f.point()[j]).isCloseTo((damped[j] + theta[j]) / 2, within(1e-9));
        }
        assertThat(f.seasonalNaiveBacktestMase()).isEqualTo(candidates.candidate("snaive").mase());
        assertThat(f.backtestOrigins()).isEqualTo(12);
        assertThat(f.coverage()).isEqualTo(0.8);
    }

    @Test
    void aStrongCleanCycleLetsSeasonalNaiveReplaceTheFixedCombination() {
        // an exact 12-month pattern with no trend or noise: seasonal naive's backtest errors are 0
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + (t % 12 == 10 ? 80 : 0) + (t % 12 == 11 ? 120 : 0) + (t % 12);
        }
        SeriesForecast f = engine.forecast(TimeSeries.of("cycle", y, 12), 12, 0.8);
        assertThat(f.model()).isEqualTo("snaive");
        assertThat(f.point()[10]).isEqualTo(190.0);
        assertThat(f.point()[11]).isEqualTo(231.0);
        assertThat(f.backtestMase()).isZero();
    }

    @Test
    void onAShortHistoryTheGlobalModelCannotReplaceTheFixedCombination() {
        // 48 months: a global GBT with a perfect backtest still does not win (its backtest windows are
        // thin there, and on M3 quarterly letting it challenge took MASE from 1.081 to 1.104)
        TimeSeries s = SyntheticSeries.invoices(48, 5);
        SeriesCandidates candidates = ClassicalBacktest.evaluate(s, 6, 12, ForecastModel.candidates());
        double[][] perfect = new double[candidates.plan().count()][candidates.plan().horizon()];
        double[] gbtPoint = {1, 2, 3, 4, 5, 6};
        SeriesForecast f = candidates.with(Candidate.of(GlobalBoostedModel.NAME, perfect, candidates.maseScales(), gbtPoint))
                .choose(0.8);
        assertThat(f.model()).isEqualTo("combination of damped + theta");
        assertThat(f.point()[0]).isNotEqualTo(1.0);
    }

    @Test
    void intervalsAreSymmetricAroundThePointForecast() {
        SeriesForecast f = engine.forecast(SyntheticSeries.invoices(48, 9), 6, 0.8);
        for (int j = 0; j < 6; j++) {
            assertThat(f.upper()[j] - f.point()[j]).isCloseTo(f.point()[j] - f.lower()[j], within(1e-6 * Math.abs(f.point()[j])));
            assertThat(f.upper()[j]).isGreaterThan(f.lower()[j]);
        }
    }
}
