package io.darkroom.analytics.diagnose;

import io.darkroom.core.catalog.Aggregation;

import java.util.List;
import java.util.Objects;

/**
 * Why a measure moved from the baseline rows to the current rows.
 *
 * @param measure        the measure's label ("documents", "average sentiment")
 * @param aggregation    how it aggregates (decides whether segments carry a mix/rate split)
 * @param status         whether there was a change to split; when not {@link Status#DIAGNOSED},
 *                       {@code dimensions} is empty and {@link #message()} says why
 * @param baseline       the measure over the baseline rows (additive measures: times the baseline scale);
 *                       NaN for a ratio without baseline rows
 * @param current        the measure over the current rows; NaN for a ratio without current rows
 * @param baselineRows   rows selected as baseline (unscaled)
 * @param currentRows    rows selected as current
 * @param dimensions     one breakdown per candidate dimension, highest score first
 * @param tree           the drill path into the top segments
 */
public record ChangeDiagnosis(String measure, Aggregation aggregation, Status status, double baseline, double current,
                              long baselineRows, long currentRows, List<DimensionBreakdown> dimensions,
                              DecompositionTree tree) {
    public ChangeDiagnosis {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tree, "tree");
        dimensions = List.copyOf(dimensions);
    }

    public double delta() {
        return current - baseline;
    }

    /** {@code delta / |baseline|}; NaN when the baseline is 0 or undefined. */
    public double relativeChange() {
        return baseline == 0 ? Double.NaN : delta() / Math.abs(baseline);
    }

    /** One sentence for a person: why nothing was split, or that the change was decomposed. */
    public String message() {
        return switch (status) {
            case DIAGNOSED -> "'" + measure + "' moved from " + baseline + " to " + current
                    + "; the change is split over " + dimensions.size() + " dimensions";
            case NO_BASELINE -> "Cannot explain the change of '" + measure
                    + "': the baseline has no rows with a value (" + baselineRows
                    + " rows); pick a baseline period or segment that has data";
            case NO_CURRENT -> "Cannot explain the change of '" + measure
                    + "': the current period or segment has no rows with a value (" + currentRows
                    + " rows); pick one that has data";
            case NO_CHANGE -> "'" + measure + "' did not change (" + baseline + " in both); there is nothing to explain";
        };
    }

    public enum Status {
        DIAGNOSED,
        /** Nothing to compare with: a ratio is undefined and every segment would be "new". */
        NO_BASELINE,
        /** Every segment fell to nothing (or a ratio is undefined): no dimension says more than another. */
        NO_CURRENT,
        /** Shares of a zero change are undefined. */
        NO_CHANGE
    }
}
