package io.darkroom.analytics.diagnose;

/**
 * The additive pieces of a measure over one slice of rows, in both periods: everything a change
 * decomposition needs, and summable, so that a parent is the sum of its parts. For COUNT and SUM the
 * numerator is the measure (baseline already scaled) and the weight is the row count; for AVERAGE
 * and SHARE the measure is numerator / weight.
 */
record SliceSums(double baselineNumerator, double baselineWeight, long baselineRows,
                 double currentNumerator, double currentWeight, long currentRows) {
    static final SliceSums ZERO = new SliceSums(0, 0, 0, 0, 0, 0);

    SliceSums plus(SliceSums o) {
        return new SliceSums(baselineNumerator + o.baselineNumerator, baselineWeight + o.baselineWeight,
                baselineRows + o.baselineRows, currentNumerator + o.currentNumerator,
                currentWeight + o.currentWeight, currentRows + o.currentRows);
    }

    SliceSums minus(SliceSums o) {
        return new SliceSums(baselineNumerator - o.baselineNumerator, baselineWeight - o.baselineWeight,
                baselineRows - o.baselineRows, currentNumerator - o.currentNumerator,
                currentWeight - o.currentWeight, currentRows - o.currentRows);
    }

    long rows() {
        return baselineRows + currentRows;
    }
}
