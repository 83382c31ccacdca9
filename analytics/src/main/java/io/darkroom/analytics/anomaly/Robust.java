package io.darkroom.analytics.anomaly;

import java.util.Arrays;

/** Median-based location and scale, the estimators every detector here is built on. */
final class Robust {
    /** 1 / Phi^-1(3/4): makes the MAD of Gaussian data estimate its standard deviation. */
    static final double MAD_TO_SIGMA = 1.4826;
    /** sqrt(pi / 2): the same for the mean absolute deviation, the fallback when half the residuals are equal. */
    private static final double MEAN_AD_TO_SIGMA = 1.2533;

    private Robust() {
    }

    /** Median of the first {@code count} values of {@code buffer}; reorders them. NaN when count is 0. */
    static double medianInPlace(double[] buffer, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(buffer, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? buffer[mid] : (buffer[mid - 1] + buffer[mid]) / 2;
    }

    static double median(double[] values) {
        return medianInPlace(values.clone(), values.length);
    }

    /**
     * Robust standard deviation of the first {@code count} values: 1.4826 * MAD, or, when more than half of them
     * are equal (MAD = 0, e.g. a flat series with a few moves), 1.2533 * mean absolute deviation. 0 only for
     * constant values. Reorders {@code buffer}.
     */
    static double sigmaInPlace(double[] buffer, int count) {
        if (count == 0) {
            return 0;
        }
        double median = medianInPlace(buffer, count);
        double meanAbs = 0;
        for (int i = 0; i < count; i++) {
            buffer[i] = Math.abs(buffer[i] - median);
            meanAbs += buffer[i];
        }
        double mad = medianInPlace(buffer, count);
        return mad > 0 ? MAD_TO_SIGMA * mad : MEAN_AD_TO_SIGMA * meanAbs / count;
    }

    static double sigma(double[] values) {
        return sigmaInPlace(values.clone(), values.length);
    }

    /**
     * Standard deviation of the values within 3 robust sigmas of their median, corrected for the truncation
     * (a Gaussian cut at +-3 sigma keeps 97.33 % of its variance). One reweighting step after the MAD: as robust
     * to a few outliers, but about twice as efficient, which matters for 24-36 monthly residuals (a MAD from 36
     * points is off by 25 % often enough to turn ordinary points into anomalies).
     */
    static double refinedSigma(double[] values) {
        double rough = sigma(values);
        if (rough == 0) {
            return 0;
        }
        double median = median(values);
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (Math.abs(v - median) <= 3 * rough) {
                sum += (v - median) * (v - median);
                count++;
            }
        }
        double refined = Math.sqrt(sum / count / 0.97334);
        return refined > 0 ? refined : rough;
    }
}
