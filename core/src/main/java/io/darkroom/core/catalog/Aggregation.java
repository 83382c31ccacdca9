package io.darkroom.core.catalog;

/** How a measure folds rows into one number. */
public enum Aggregation {
    /** Number of rows. */
    COUNT,
    /** Number of distinct values of the column. */
    DISTINCT_COUNT,
    SUM,
    AVERAGE,
    MIN,
    MAX,
    /** Share of rows (0..1) where the column equals the measure's value. */
    SHARE
}
