package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.insight.Segment;

/**
 * How far and how wide a diagnosis looks.
 *
 * @param maxDepth              levels of the decomposition tree, 1 to {@link Segment#MAX_CONDITIONS}
 *                              (a node is a segment of that many conditions); default 3
 * @param minShareToDrill       a segment is drilled into only when it carries at least this share of
 *                              its parent's change (0..1); below it the tree stops, because splitting a
 *                              minor part further explains little; default 0.2
 * @param topSegments           segments listed per dimension, largest contribution first; the others are
 *                              summed into the breakdown's rest; default 5
 * @param maxValuesPerDimension values of a dimension kept apart when scoring it; the rest are pooled into
 *                              one "other" part, so that an id-like column with thousands of values is
 *                              neither shipped to the driver nor rewarded for its noise; default 50
 * @param minRows               a value with fewer rows (baseline + current) is never kept apart, listed or
 *                              drilled into: it stays in the pooled rest, because the change of a handful of
 *                              rows is mostly noise and hundreds of such values would make a high-cardinality
 *                              column (sender, customer) look like it concentrates any change; default 10
 */
public record DiagnosisOptions(int maxDepth, double minShareToDrill, int topSegments, int maxValuesPerDimension,
                               long minRows) {
    public DiagnosisOptions {
        if (maxDepth < 1 || maxDepth > Segment.MAX_CONDITIONS) {
            throw new IllegalArgumentException("Cannot use max-depth " + maxDepth + ": it must be 1 to "
                    + Segment.MAX_CONDITIONS + "; a tree node is a segment of at most that many conditions");
        }
        if (!(minShareToDrill >= 0 && minShareToDrill <= 1)) {
            throw new IllegalArgumentException("Cannot use min-share-to-drill " + minShareToDrill + ": it must be 0 to 1");
        }
        if (topSegments < 1) {
            throw new IllegalArgumentException("Cannot list " + topSegments + " top segments: use 1 or more");
        }
        if (maxValuesPerDimension < topSegments) {
            throw new IllegalArgumentException("Cannot keep " + maxValuesPerDimension + " values per dimension: it must be"
                    + " at least top-segments (" + topSegments + ")");
        }
        if (minRows < 0) {
            throw new IllegalArgumentException("Cannot use min-rows " + minRows + ": use 0 or more");
        }
    }

    public static DiagnosisOptions defaults() {
        return new DiagnosisOptions(3, 0.2, 5, 50, 10);
    }

    public DiagnosisOptions withMaxDepth(int depth) {
        return new DiagnosisOptions(depth, minShareToDrill, topSegments, maxValuesPerDimension, minRows);
    }

    public DiagnosisOptions withMaxValuesPerDimension(int values) {
        return new DiagnosisOptions(maxDepth, minShareToDrill, topSegments, values, minRows);
    }
}
