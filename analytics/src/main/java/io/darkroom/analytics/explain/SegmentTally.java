package io.darkroom.analytics.explain;

import java.io.Serializable;

/** Additive counters per candidate segment, filled per partition and summed on the driver. */
final class SegmentTally implements Serializable {
    private final long[] rows;
    private final long[] outliers;
    private final double[] sum;
    private final double[] sumSquares;

    SegmentTally(int size) {
        rows = new long[size];
        outliers = new long[size];
        sum = new double[size];
        sumSquares = new double[size];
    }

    /** Adds a row to a candidate; a null candidate (a combination that is not one) is ignored. */
    void add(Integer candidate, double y, boolean outlier) {
        if (candidate == null) {
            return;
        }
        rows[candidate]++;
        if (outlier) {
            outliers[candidate]++;
        }
        sum[candidate] += y;
        sumSquares[candidate] += y * y;
    }

    SegmentTally merge(SegmentTally other) {
        for (int i = 0; i < rows.length; i++) {
            rows[i] += other.rows[i];
            outliers[i] += other.outliers[i];
            sum[i] += other.sum[i];
            sumSquares[i] += other.sumSquares[i];
        }
        return this;
    }

    SegmentCounts counts(int candidate) {
        return new SegmentCounts(rows[candidate], outliers[candidate], sum[candidate], sumSquares[candidate]);
    }
}
