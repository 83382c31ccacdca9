package io.darkroom.analytics.explain;

import java.util.List;
import java.util.Objects;

/**
 * The result of a key-driver analysis.
 *
 * @param target            what was explained
 * @param rows              rows analysed (for a continuous target: rows with a value)
 * @param outliers          of them, outliers
 * @param baseValue         the outlier rate (outcome) or the mean of the target (continuous) over all rows
 * @param threshold         continuous: the quantile value that separates outliers; NaN for an outcome
 * @param drivers           strongest first by {@link KeyDriver#score()}, at most {@link DriverOptions#maxDrivers()}
 * @param dimensions        every analysed dimension, most important (forest) first
 * @param skippedDimensions dimensions left out as ids or free text (too many distinct values) or constant
 * @param segmentsTested    candidate segments put through the gates, for judging how many could be chance
 */
public record DriverAnalysis(DriverTarget target, long rows, long outliers, double baseValue, double threshold,
                             List<KeyDriver> drivers, List<DimensionImportance> dimensions,
                             List<String> skippedDimensions, int segmentsTested) {
    public DriverAnalysis {
        Objects.requireNonNull(target, "target");
        drivers = List.copyOf(drivers);
        dimensions = List.copyOf(dimensions);
        skippedDimensions = List.copyOf(skippedDimensions);
    }
}
