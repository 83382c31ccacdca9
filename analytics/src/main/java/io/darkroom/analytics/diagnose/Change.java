package io.darkroom.analytics.diagnose;

/**
 * How one part of the rows (a segment, or the rest of a dimension's values) moved and how much of
 * its parent's change it carries. The contributions of the parts of one breakdown add up exactly
 * to the parent's change.
 */
public sealed interface Change permits Change.Additive, Change.Ratio {
    /** The part's own value in the baseline (for additive measures already multiplied by the baseline scale). */
    double baseline();

    double current();

    long baselineRows();

    long currentRows();

    /** The part of the parent's change this part accounts for, in the measure's unit. */
    double contribution();

    /** {@link #contribution()} divided by the parent's change; negative when the part moved against it. */
    double share();

    /**
     * A part of a COUNT or SUM: its contribution is its own change, {@code current - baseline}.
     */
    record Additive(double baseline, double current, long baselineRows, long currentRows, double share)
            implements Change {
        @Override
        public double contribution() {
            return current - baseline;
        }
    }

    /**
     * A part of an AVERAGE or SHARE, whose value is the ratio {@code r = numerator / weight} (weight: rows
     * with a value, or all rows for a share). The parent's ratio is {@code R = Σ w_i r_i} with
     * {@code w_i} the part's share of the parent's weight, so its change splits exactly into
     * <ul>
     *   <li>rate effect {@code (w0 + w1)/2 · (r1 - r0)}: the part's own ratio moved, at its average weight;</li>
     *   <li>mix effect {@code (w1 - w0) · ((r0 + r1)/2 - (R0 + R1)/2)}: the part grew or shrank, counted
     *       against the parent's average ratio, so that a part growing at the average ratio shifts nothing.</li>
     * </ul>
     * This is the symmetric (midpoint, Shapley) split of {@code w1 r1 - w0 r0}; the centring term
     * sums to zero over the parts because their weights sum to 1 in both periods, so mix + rate over
     * all parts equals {@code R1 - R0}. A part absent from one period takes its other period's ratio
     * there (rate effect 0: its whole contribution is mix). {@link #baseline()} or {@link #current()}
     * is NaN when the part has no weight in that period.
     *
     * @param baselineWeight the part's share of the parent's weight in the baseline (w0, 0..1)
     * @param currentWeight  w1
     */
    record Ratio(double baseline, double current, double baselineWeight, double currentWeight, long baselineRows,
                 long currentRows, double mixEffect, double rateEffect, double share) implements Change {
        @Override
        public double contribution() {
            return mixEffect + rateEffect;
        }
    }
}
