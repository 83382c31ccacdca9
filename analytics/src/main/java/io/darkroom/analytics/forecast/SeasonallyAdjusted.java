package io.darkroom.analytics.forecast;

import java.util.function.UnaryOperator;

/** Runs a non-seasonal method on the seasonally adjusted history, as the M3/M4 benchmarks do (with a test that tells cycles from trends, see {@link Seasonality#forAdjustment}). */
final class SeasonallyAdjusted {
    private SeasonallyAdjusted() {
    }

    static double[] forecast(double[] history, int m, int horizon, UnaryOperator<double[]> method) {
        Seasonality seasonality = Seasonality.forAdjustment(history, m);
        double[] f = method.apply(seasonality.adjust(history));
        return seasonality.reseasonalize(f, history.length);
    }
}
