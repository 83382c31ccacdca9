package io.darkroom.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Backtests the per-series models on one series at rolling origins and forecasts with each from the whole history. */
final class ClassicalBacktest {
    private ClassicalBacktest() {
    }

    static SeriesCandidates evaluate(TimeSeries series, int horizon, int maxOrigins, List<ForecastModel> models) {
        double[] y = series.values();
        int n = y.length;
        int m = series.seasonalPeriod();
        BacktestPlan plan = BacktestPlan.of(n, m, horizon, maxOrigins);
        Seasonality seasonality = Seasonality.detect(y, m);
        if (plan.empty()) {
            return tooShort(series, horizon, plan, seasonality);
        }
        int origins = plan.count();
        double[] intervalScales = new double[origins];
        double[] maseScales = new double[origins];
        double[][] trainings = new double[origins][];
        for (int k = 0; k < origins; k++) {
            trainings[k] = Arrays.copyOf(y, plan.origin(k));
            intervalScales[k] = level(trainings[k], m);
            maseScales[k] = maseScale(trainings[k], m);
        }
        double finalScale = level(y, m);
        if (finalScale == 0 || Arrays.stream(intervalScales).anyMatch(s -> s == 0)) {
            Arrays.fill(intervalScales, 1);
            finalScale = 1;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ForecastModel model : models) {
            double[][] errors = new double[origins][];
            for (int k = 0; k < origins; k++) {
                double[] f = model.forecast(trainings[k], m, plan.horizon());
                errors[k] = new double[plan.horizon()];
                for (int j = 0; j < plan.horizon(); j++) {
                    errors[k][j] = y[plan.origin(k) + j] - f[j];
                }
            }
            candidates.add(Candidate.of(model.name(), errors, maseScales, model.forecast(y, m, horizon)));
        }
        String note = m > 1 && n < 3 * m ? "seasonality not tested: " + n + " values, fewer than 3 cycles of " + m : "";
        if (plan.horizon() < horizon) {
            note = (note.isEmpty() ? "" : note + "; ") + "backtested " + plan.horizon() + " of " + horizon + " steps";
        }
        return new SeriesCandidates(series.id(), n, m, seasonality, plan, intervalScales, maseScales, finalScale, note, candidates);
    }

    /** Mean |value| over the last cycle (at least 4 values): errors scale with the level they are made at. */
    static double level(double[] training, int m) {
        int n = training.length;
        return Arrays.stream(training, Math.max(0, n - Math.max(m, 4)), n).map(Math::abs).average().orElse(0);
    }

    /** The seasonal-naive MAE, or a scale that is never 0 so a constant history still compares models. */
    static double maseScale(double[] training, int m) {
        double scale = ForecastAccuracy.naiveScale(training, m);
        if (scale == 0) {
            scale = ForecastAccuracy.naiveScale(training, 1);
        }
        if (scale == 0) {
            scale = Arrays.stream(training).map(Math::abs).average().orElse(0);
        }
        return scale == 0 ? 1 : scale;
    }

    /**
     * Too short to hold out anything: the naive forecast, with an interval from the history's one-step
     * changes treated as one-step backtest errors (growing like a random walk's).
     */
    private static SeriesCandidates tooShort(TimeSeries series, int horizon, BacktestPlan plan, Seasonality seasonality) {
        double[] y = series.values();
        int changes = y.length - 1;
        double[][] errors = new double[changes][];
        double[] ones = new double[changes];
        for (int t = 0; t < changes; t++) {
            errors[t] = new double[] {y[t + 1] - y[t]};
            ones[t] = 1;
        }
        ForecastModel naive = new ForecastModel.Naive();
        Candidate candidate = new Candidate(naive.name(), errors, Double.NaN, naive.forecast(y, 1, horizon));
        return new SeriesCandidates(series.id(), y.length, series.seasonalPeriod(), seasonality, plan, ones, ones, 1,
                "too short to backtest: " + y.length + (y.length == 1 ? " value" : " values"), List.of(candidate));
    }
}
