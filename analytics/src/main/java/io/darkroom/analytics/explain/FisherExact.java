package io.darkroom.analytics.explain;

import org.apache.commons.math3.special.Gamma;

/**
 * Fisher's exact test on a 2x2 table: is the outlier rate of a segment different from the rest's?
 * Exact at every size, which matters for the small segments (10+ rows) the gates let through, where
 * chi-square's normal approximation is poor.
 */
final class FisherExact {
    /** Terms this far (in natural log) below the mode's probability add nothing a double can hold. */
    private static final double NEGLIGIBLE_LOG = -745;
    /** Relative slack for "as or less likely than observed", as in R's fisher.test. */
    private static final double TIE = 1e-7;

    private FisherExact() {
    }

    /**
     * Two-sided p-value of the table {@code [[a, b], [c, d]]}: the probability, with all margins
     * fixed, of a table as or less likely than the observed one.
     */
    static double twoSided(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("Cannot test table [[" + a + ", " + b + "], [" + c + ", " + d
                    + "]]: counts must not be negative");
        }
        long row1 = a + b;
        long row2 = c + d;
        long col1 = a + c;
        long n = row1 + row2;
        if (row1 == 0 || row2 == 0 || col1 == 0 || col1 == n) {
            return 1.0;
        }
        long low = Math.max(0, col1 - row2);
        long high = Math.min(row1, col1);
        long mode = Math.min(high, Math.max(low, (long) Math.floor((row1 + 1.0) * (col1 + 1.0) / (n + 2.0))));
        double constant = logChoose(n, col1);
        double observed = logProbability(a, row1, row2, col1, constant);
        double peak = logProbability(mode, row1, row2, col1, constant);
        double threshold = observed + Math.log1p(TIE);
        // The hypergeometric is unimodal: walk out from the mode and stop once terms are negligible.
        double sum = 0;
        for (long x = mode; x >= low; x--) {
            double lp = logProbability(x, row1, row2, col1, constant);
            if (lp - peak < NEGLIGIBLE_LOG) {
                break;
            }
            if (lp <= threshold) {
                sum += Math.exp(lp - peak);
            }
        }
        for (long x = mode + 1; x <= high; x++) {
            double lp = logProbability(x, row1, row2, col1, constant);
            if (lp - peak < NEGLIGIBLE_LOG) {
                break;
            }
            if (lp <= threshold) {
                sum += Math.exp(lp - peak);
            }
        }
        return Math.min(1.0, sum * Math.exp(peak));
    }

    private static double logProbability(long x, long row1, long row2, long col1, double constant) {
        return logChoose(row1, x) + logChoose(row2, col1 - x) - constant;
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(long n) {
        return Gamma.logGamma(n + 1.0);
    }
}
