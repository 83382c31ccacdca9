package io.darkroom.analytics.explain;

/**
 * Gates and limits of a key-driver analysis. Defaults ({@link #defaults()}) and why:
 *
 * @param minRows              a segment needs at least this many rows (10): below it a rate is two or three rows' luck
 * @param minSupport           and at least this share of all outliers (0.05): a segment holding fewer cannot explain
 *                             much, and the FP-Growth mining prunes on it
 * @param minRiskRatio         and an outlier rate this many times the rest's (1.5). MacroBase uses 3 for rare
 *                             telemetry faults; in business data "50 % more likely" is already worth saying,
 *                             and the significance gate guards against noise
 * @param minRiskRatioGain     a combination must beat its best parent's risk ratio by this factor (1.25), or it only
 *                             restates the parent with a rider attached
 * @param maxPValue            and be significant at this level (0.05): Fisher's exact test for an outcome, Welch's
 *                             t-test for a continuous target, Benjamini-Hochberg adjusted over all segments tested,
 *                             so that about 5 % of reported drivers at most are chance findings
 * @param maxCombination       conditions per segment, 1 to 3 (3)
 * @param outlierQuantile      continuous targets: rows above this quantile are the outliers for HIGH (0.9), rows
 *                             below {@code 1 - outlierQuantile} for LOW
 * @param maxValuesPerDimension the most frequent values of a dimension kept as items (30); the rest fold into an
 *                             unreported "other" that still counts in every rate
 * @param maxDistinctValues    a dimension with more distinct values (1000) is an id or free text and is skipped
 * @param maxDistinctShare     so is one whose distinct values exceed this share of the rows (0.5): titles, ids
 * @param minBlankShare        a null becomes the value "(blank)" when at least this share of rows have it (0.05);
 *                             rarer nulls are ignored like "other"
 * @param maxDrivers           drivers reported, strongest first (20)
 * @param forestTrees          trees of the random forest that ranks dimensions (20)
 * @param forestDepth          their depth (5): deep enough for 3-way interactions plus slack
 * @param forestSampleRows     the forest trains on a sample of at most this many rows (100,000): importances
 *                             are stable long before a million rows (a 1 % segment still has 1,000 rows), and
 *                             training time is linear in rows
 * @param seed                 for the forest and its sample, so a run is reproducible
 */
public record DriverOptions(int minRows, double minSupport, double minRiskRatio, double minRiskRatioGain,
                            double maxPValue, int maxCombination, double outlierQuantile, int maxValuesPerDimension,
                            int maxDistinctValues, double maxDistinctShare, double minBlankShare, int maxDrivers,
                            int forestTrees, int forestDepth, int forestSampleRows, long seed) {
    public DriverOptions {
        require(minRows >= 2, "minRows must be at least 2", minRows);
        require(minSupport > 0 && minSupport <= 1, "minSupport must be in (0, 1]", minSupport);
        require(minRiskRatio >= 1, "minRiskRatio must be at least 1", minRiskRatio);
        require(minRiskRatioGain >= 1, "minRiskRatioGain must be at least 1", minRiskRatioGain);
        require(maxPValue > 0 && maxPValue <= 1, "maxPValue must be in (0, 1]", maxPValue);
        require(maxCombination >= 1 && maxCombination <= io.darkroom.analytics.insight.Segment.MAX_CONDITIONS,
                "maxCombination must be 1 to 3", maxCombination);
        require(outlierQuantile >= 0.5 && outlierQuantile < 1, "outlierQuantile must be in [0.5, 1)", outlierQuantile);
        require(maxValuesPerDimension >= 1, "maxValuesPerDimension must be at least 1", maxValuesPerDimension);
        require(maxDistinctValues >= 2, "maxDistinctValues must be at least 2", maxDistinctValues);
        require(maxDistinctShare > 0 && maxDistinctShare <= 1, "maxDistinctShare must be in (0, 1]", maxDistinctShare);
        require(minBlankShare >= 0 && minBlankShare <= 1, "minBlankShare must be in [0, 1]", minBlankShare);
        require(maxDrivers >= 1, "maxDrivers must be at least 1", maxDrivers);
        require(forestTrees >= 1, "forestTrees must be at least 1", forestTrees);
        require(forestDepth >= 1 && forestDepth <= 30, "forestDepth must be 1 to 30", forestDepth);
        require(forestSampleRows >= 100, "forestSampleRows must be at least 100", forestSampleRows);
    }

    /**
     * The same gates without "(blank)" items: for drivers a reader must act on, a missing field is a
     * data-quality story and a segment built on it crowds out the named ones.
     */
    public DriverOptions withoutBlanks() {
        return new DriverOptions(minRows, minSupport, minRiskRatio, minRiskRatioGain, maxPValue, maxCombination, outlierQuantile,
                maxValuesPerDimension, maxDistinctValues, maxDistinctShare, 1.0, maxDrivers, forestTrees, forestDepth,
                forestSampleRows, seed);
    }

    public static DriverOptions defaults() {
        return new DriverOptions(10, 0.05, 1.5, 1.25, 0.05, 3, 0.9, 30, 1000, 0.5, 0.05, 20, 20, 5, 100_000, 7L);
    }

    public DriverOptions withMaxCombination(int size) {
        return new DriverOptions(minRows, minSupport, minRiskRatio, minRiskRatioGain, maxPValue, size, outlierQuantile,
                maxValuesPerDimension, maxDistinctValues, maxDistinctShare, minBlankShare, maxDrivers, forestTrees,
                forestDepth, forestSampleRows, seed);
    }

    public DriverOptions withMaxValuesPerDimension(int values) {
        return new DriverOptions(minRows, minSupport, minRiskRatio, minRiskRatioGain, maxPValue, maxCombination,
                outlierQuantile, values, maxDistinctValues, maxDistinctShare, minBlankShare, maxDrivers, forestTrees,
                forestDepth, forestSampleRows, seed);
    }

    /** The quantile whose far side holds the outliers of a continuous target at this end. */
    double thresholdQuantile(Direction direction) {
        return direction == Direction.HIGH ? outlierQuantile : 1 - outlierQuantile;
    }

    private static void require(boolean ok, String rule, Object got) {
        if (!ok) {
            throw new IllegalArgumentException("Cannot configure key drivers: " + rule + ", got " + got);
        }
    }
}
