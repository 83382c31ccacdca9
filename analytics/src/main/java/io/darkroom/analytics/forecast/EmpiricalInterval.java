package io.darkroom.analytics.forecast;

import java.util.Arrays;

/**
 * Prediction intervals from a model's own backtest errors, in the spirit of split conformal
 * prediction. Errors are made comparable across origins and steps by dividing by the training
 * window's level (its mean |value| over the last cycle) and by j^γ, where γ in [0, 1] is how fast the
 * backtest errors grow with the step j (fitted on a log-log scale: 0.5 is a random walk). The pooled
 * quantiles then transfer to the final forecast through its own scale and j^γ.
 *
 * @param lowQuantile  the scaled error quantile added to the point for the lower bound (≤ 0)
 * @param highQuantile the one for the upper bound (≥ 0)
 */
record EmpiricalInterval(double gamma, double lowQuantile, double highQuantile) {
    private static final double MAX_LEVEL = 0.99;

    /**
     * The interval is symmetric: the {@code coverage} quantile of the scaled |errors|, at the nominal
     * level. Two separately estimated tails (each from the 10 % of a few dozen pooled errors, and
     * those correlated: one origin's errors move together and origins overlap) came out too narrow,
     * and a finite-sample (conformal) level correction by the number of origins too wide. Measured
     * on a validation split of M3 (each training series' last h values held out, the test never
     * seen): 80 % intervals covered 71.3 % (quarterly) and 80.6 % (monthly) with two tails and the
     * correction, 84.4 % and 86.0 % symmetric with it, 79.4 % and 80.2 % symmetric without it.
     */
    static EmpiricalInterval fit(double[][] errors, double[] scales, double coverage) {
        int origins = errors.length;
        int steps = errors[0].length;
        double gamma = growth(errors, scales);
        double[] abs = new double[origins * steps];
        for (int k = 0; k < origins; k++) {
            for (int j = 0; j < steps; j++) {
                abs[k * steps + j] = Math.abs(errors[k][j]) / (scales[k] * Math.pow(j + 1, gamma));
            }
        }
        Arrays.sort(abs);
        double q = quantile(abs, Math.min(MAX_LEVEL, coverage));
        return new EmpiricalInterval(gamma, -q, q);
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
