package io.darkroom.analytics.forecast;

import java.util.Arrays;

/**
 * Prediction intervals from a model's own backtest errors, in the spirit of split conformal
 * prediction. Errors are made comparable across origins and steps by dividing by the training
 * window's scale (its mean absolute one-step change) and by j^γ, where γ in [0, 1] is how fast the
 * backtest errors grow with the step j (fitted on a log-log scale: 0.5 is a random walk). The pooled
 * quantiles then transfer to the final forecast through its own scale and j^γ.
 *
 * @param lowQuantile  the scaled error quantile added to the point for the lower bound (≤ 0)
 * @param highQuantile the one for the upper bound (≥ 0)
 */
record EmpiricalInterval(double gamma, double lowQuantile, double highQuantile) {
    /** Below this many pooled errors the two tails are estimated together from |error|. */
    private static final int MIN_FOR_TWO_TAILS = 30;
    private static final double MAX_LEVEL = 0.99;

    static EmpiricalInterval fit(double[][] errors, double[] scales, double coverage) {
        int origins = errors.length;
        int steps = errors[0].length;
        double gamma = growth(errors, scales);
        double[] u = new double[origins * steps];
        for (int k = 0; k < origins; k++) {
            for (int j = 0; j < steps; j++) {
                u[k * steps + j] = errors[k][j] / (scales[k] * Math.pow(j + 1, gamma));
            }
        }
        int n = u.length;
        // Errors of one origin move together, so the exchangeable units are the origins, not the
        // pooled points: the finite-sample (conformal) correction uses the number of origins.
        double level = Math.min(MAX_LEVEL, coverage * (origins + 1) / origins);
        if (n < MIN_FOR_TWO_TAILS) {
            double[] abs = Arrays.stream(u).map(Math::abs).sorted().toArray();
            double q = quantile(abs, level);
            return new EmpiricalInterval(gamma, -q, q);
        }
        Arrays.sort(u);
        double tail = (1 - level) / 2;
        return new EmpiricalInterval(gamma, Math.min(0, quantile(u, tail)), Math.max(0, quantile(u, 1 - tail)));
    }

    /** [lower, upper] around {@code point} for a series whose final scale is {@code scale}. */
    double[][] apply(double[] point, double scale) {
        double[] lower = new double[point.length];
        double[] upper = new double[point.length];
        for (int j = 0; j < point.length; j++) {
            double width = scale * Math.pow(j + 1, gamma);
            lower[j] = point[j] + width * lowQuantile;
            upper[j] = point[j] + width * highQuantile;
        }
        return new double[][] {lower, upper};
    }

    /** Slope of log(mean scaled |error|) on log(step), clamped to [0, 1]; 0.5 when it cannot be fitted. */
    private static double growth(double[][] errors, double[] scales) {
        int steps = errors[0].length;
        if (steps < 3) {
            return 0.5;
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int count = 0;
        for (int j = 0; j < steps; j++) {
            double mean = 0;
            for (int k = 0; k < errors.length; k++) {
                mean += Math.abs(errors[k][j]) / scales[k] / errors.length;
            }
            if (mean > 0) {
                double x = Math.log(j + 1);
                double y = Math.log(mean);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                count++;
            }
        }
        if (count < 3) {
            return 0.5;
        }
        double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        return Double.isFinite(slope) ? Math.max(0, Math.min(1, slope)) : 0.5;
    }

    /** Linear interpolation between order statistics (R's type 7) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
