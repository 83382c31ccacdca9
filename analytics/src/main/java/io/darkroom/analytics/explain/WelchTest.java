package io.darkroom.analytics.explain;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's unequal-variance t-test: is a segment's mean different from the rest's? Chosen over
 * Student's because a segment and the rest rarely share a variance, and over Mann-Whitney because
 * it needs only the additive moments in {@link SegmentCounts}, not a rank pass per segment.
 */
final class WelchTest {
    private WelchTest() {
    }

    /** Two-sided p-value; 1 when either side has fewer than two rows. */
    static double twoSided(SegmentCounts first, SegmentCounts second) {
        if (first.rows() < 2 || second.rows() < 2) {
            return 1.0;
        }
        double v1 = first.variance() / first.rows();
        double v2 = second.variance() / second.rows();
        double difference = first.mean() - second.mean();
        double standardError = Math.sqrt(v1 + v2);
        if (standardError == 0) {
            // Both sides constant: either identical (no evidence) or different with certainty.
            return difference == 0 ? 1.0 : 0.0;
        }
        double t = Math.abs(difference) / standardError;
        double df = (v1 + v2) * (v1 + v2)
                / (v1 * v1 / (first.rows() - 1) + v2 * v2 / (second.rows() - 1));
        return Math.min(1.0, 2.0 * new TDistribution(null, df).cumulativeProbability(-t));
    }
}
