package io.darkroom.analytics.anomaly;

import java.util.Random;

/** Synthetic monthly business series for the detector tests: growth, a yearly season, seeded noise. */
final class BusinessSeries {
    /** Ticket-like seasonal factors, January first: a quiet summer, a busy autumn. */
    static final double[] SEASON = {1.05, 0.95, 1.0, 0.95, 0.9, 0.8, 0.7, 0.75, 1.1, 1.2, 1.3, 1.25};

    private BusinessSeries() {
    }

    /** Normal value of month {@code i}: {@code base} growing 15 % a year, times the season. */
    static double norm(double base, int i) {
        return base * Math.pow(1.15, i / 12.0) * SEASON[i % 12];
    }

    /** Integer counts around {@link #norm}, with multiplicative Gaussian noise of {@code noise} (e.g. 0.05). */
    static double[] counts(double base, int months, double noise, long seed) {
        return counts(base, months, noise, seed, Double.POSITIVE_INFINITY);
    }

    /**
     * Like {@link #counts(double, int, double, long)} with the noise cut at {@code clip} standard deviations: a
     * series with nothing unusual in it (an unclipped 3.6-sigma draw is an anomaly the detector should report).
     */
    static double[] counts(double base, int months, double noise, long seed, double clip) {
        Random random = new Random(seed);
        double[] values = new double[months];
        for (int i = 0; i < months; i++) {
            double z = Math.max(-clip, Math.min(clip, random.nextGaussian()));
            values[i] = Math.round(norm(base, i) * (1 + noise * z));
        }
        return values;
    }
}
