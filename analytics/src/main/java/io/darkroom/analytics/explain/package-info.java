/**
 * Key drivers (explanations): which dimension values, alone or in combinations of up to three,
 * explain an outcome ("what makes a ticket negative") or the high or low end of a measure ("what
 * drives high amounts"). Entry point: {@link io.darkroom.analytics.explain.KeyDriverAnalyzer#analyze}.
 *
 * <p>How rows become items. Every dimension column is read as a string. Its 30 most frequent values
 * become items "dimension = value"; rarer values and rare nulls get no item (their rows still count
 * in every rate and mean, they just cannot form a segment). Nulls become the item "(blank)" when at
 * least 5 % of rows (and 10 rows) have them. A column with more than 1,000 distinct values, or more
 * distinct values than half the rows, is an id or free text and is skipped and listed as such.
 * Limits in {@link io.darkroom.analytics.explain.DriverOptions}.
 *
 * <p>Engine (a), contrast (MacroBase): rows are outliers (the outcome holds; the value is beyond
 * the 90th / 10th percentile), FP-Growth finds the item combinations frequent among outliers, one
 * pass counts them over all rows, and {@link io.darkroom.analytics.explain.DriverSelector} gates,
 * prunes and ranks them by the share of outliers attributable to the segment. Engine (b), a random
 * forest on one-hot items, ranks the dimensions; both are reported side by side in
 * {@link io.darkroom.analytics.explain.DimensionImportance}.
 *
 * <p>Known limit: FP-Growth enumerates frequent item sets of every size before the 3-condition cap
 * applies, so with many (about 15+) dimensions that each have a dominant value the mining grows
 * exponentially; pass the dimensions worth explaining, not every column.
 */
package io.darkroom.analytics.explain;
