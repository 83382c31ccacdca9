package io.darkroom.analytics.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic series with known structure for the forecast tests. */
final class SyntheticSeries {
    private SyntheticSeries() {
    }

    /**
     * Monthly invoice totals like the sample corpus: January 2022 onwards, 15 %/yr growth, November
     * and December 60 % and 90 % above the year's trend, 3 % noise.
     */
    static TimeSeries invoices(int months, long seed) {
        Random random = new Random(seed);
        double[] values = new double[months];
        List<String> periods = new ArrayList<>();
        for (int t = 0; t < months; t++) {
            int month = t % 12 + 1;
            double season = month == 11 ? 1.6 : month == 12 ? 1.9 : 0.9;
            values[t] = 10_000 * Math.pow(1.15, t / 12.0) * season * (1 + 0.03 * random.nextGaussian());
            periods.add(String.format("%d-%02d", 2022 + t / 12, month));
        }
        return new TimeSeries("invoices", periods, values, 12);
    }

    static double[] noise(int n, double level, double sd, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = level + sd * random.nextGaussian();
        }
        return v;
    }

    static double[] linear(int n, double intercept, double slope) {
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = intercept + slope * t;
        }
        return v;
    }
}
