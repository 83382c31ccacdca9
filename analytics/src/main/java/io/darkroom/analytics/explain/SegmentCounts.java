package io.darkroom.analytics.explain;

/**
 * Additive counters over a set of rows: enough for a rate, a mean, a variance and both tests, and
 * subtractable, so "the rest" of any segment is {@code total.minus(segment)} without another pass.
 *
 * @param rows       rows in the set
 * @param outliers   rows labelled outlier (the outcome holds, or the value is past the threshold)
 * @param sum        sum of the target value (for an outcome target: the 0/1 indicator)
 * @param sumSquares sum of squared target values
 */
public record SegmentCounts(long rows, long outliers, double sum, double sumSquares) {
    public static final SegmentCounts EMPTY = new SegmentCounts(0, 0, 0, 0);

    public SegmentCounts {
        if (rows < 0 || outliers < 0 || outliers > rows) {
            throw new IllegalArgumentException("Cannot count a segment of " + rows + " rows with " + outliers
                    + " outliers: need 0 <= outliers <= rows");
        }
    }

    public SegmentCounts plus(SegmentCounts other) {
        return new SegmentCounts(rows + other.rows, outliers + other.outliers, sum + other.sum,
                sumSquares + other.sumSquares);
    }

    public SegmentCounts minus(SegmentCounts part) {
        return new SegmentCounts(rows - part.rows, outliers - part.outliers, sum - part.sum,
                sumSquares - part.sumSquares);
    }

    /** Share of rows that are outliers; NaN for an empty set. */
    public double outlierRate() {
        return rows == 0 ? Double.NaN : (double) outliers / rows;
    }

    public double mean() {
        return rows == 0 ? Double.NaN : sum / rows;
    }

    /** Sample variance (n - 1), clamped at 0 against the rounding of sum-of-squares subtraction. */
    public double variance() {
        if (rows < 2) {
            return Double.NaN;
        }
        return Math.max(0.0, (sumSquares - sum * sum / rows) / (rows - 1));
    }

    /**
     * How many times more likely an outlier is in this set than in {@code rest}: infinite when the
     * rest has none, NaN when either set is empty.
     */
    public double riskRatio(SegmentCounts rest) {
        double inside = outlierRate();
        double outside = rest.outlierRate();
        if (Double.isNaN(inside) || Double.isNaN(outside)) {
            return Double.NaN;
        }
        return outside == 0 ? (inside == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : inside / outside;
    }
}
