package io.darkroom.analytics.diagnose;

import java.util.List;
import java.util.Objects;

/**
 * A parent's change split over the values of one dimension.
 *
 * <p>The score ranks dimensions by how much of the change they explain by concentrating it.
 * Additive measures: {@code Σ |contribution_i - π_i·Δ| / (2·|Δ|)}, π_i the value's share of the
 * baseline. Because the π_i sum to 1 this is the positive excess contributions over |Δ|: "0.8"
 * reads "80% of the change sits in values that moved more than their size explains". 0 when the
 * change is spread in proportion; approaching 1 when a small value carries it all; above 1 when
 * values move in opposite directions and offset. Ratio measures:
 * {@code (|Σ mix_i| + Σ |rate_i - w̄_i·Σ rate| / 2) / |Δ|}: a shift of composition along the
 * dimension (more negative tickets) is wholly explained by it even though it touches every value,
 * so the whole mix effect counts; the rate part is the additive score applied to the rate effects,
 * with the average weights w̄_i as sizes.
 *
 * <p>Why this score: the share of the top segment (or 1 − entropy of the contributions) rewards
 * dimensions with few values — a two-valued dimension always has a value with half the change even
 * when both halves grew alike — and rewards a big value for being big. Adtributor's "surprise" (a
 * Jensen-Shannon divergence between expected and observed distributions) compares against the
 * same proportional expectation but is not in units of the change; this is its L1
 * (total-variation) counterpart, which a narration can quote as a share. Like any such score it
 * grows with noise on dimensions with many small values; pooling values with fewer than
 * {@link DiagnosisOptions#minRows()} rows, and those beyond
 * {@link DiagnosisOptions#maxValuesPerDimension()}, into one part damps that.
 *
 * @param dimension  column name
 * @param score      see above; 0 when nothing about any value is special
 * @param values     distinct values (null counts as one) with rows in either period
 * @param segments   the values with the largest absolute contribution, largest first (only values with at
 *                   least {@link DiagnosisOptions#minRows()} rows; possibly none)
 * @param rest       every other value pooled; contributions of {@code segments} and {@code rest} add up to the
 *                   parent's change
 * @param restValues how many values {@code rest} pools (0: its numbers are all zero)
 */
public record DimensionBreakdown(String dimension, double score, long values, List<SegmentChange> segments,
                                 Change rest, long restValues) {
    public DimensionBreakdown {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(rest, "rest");
        segments = List.copyOf(segments);
    }
}
