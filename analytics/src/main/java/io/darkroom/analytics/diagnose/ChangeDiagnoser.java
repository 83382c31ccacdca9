package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.diagnose.ChangeDiagnosis.Status;
import io.darkroom.analytics.diagnose.DecompositionTree.Step;
import io.darkroom.analytics.diagnose.DecompositionTree.StopReason;
import io.darkroom.analytics.diagnose.PartSumsQuery.DimensionSums;
import io.darkroom.analytics.diagnose.PartSumsQuery.ValueSums;
import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.core.DarkroomException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apache.spark.sql.functions.lit;

/**
 * Explains why a measure moved between two sets of rows: which dimensions concentrate the change,
 * which of their values carry it, and a drill path into the top segment (a decomposition tree).
 *
 * <p>The two sets are predicates, so the same call diagnoses a period against the previous one,
 * an observed period against the average of k earlier ones (anomaly root cause: baseline = the k
 * periods, {@code baselineScale = 1/k}), or one segment against another. Cost: one Spark job
 * per tree level (at most {@link DiagnosisOptions#maxDepth()}), each one pass over the rows.
 */
public final class ChangeDiagnoser {
    /**
     * Below this score every remaining dimension splits the change in proportion to size (a segment
     * that vanished entirely, or a column determined by the path): one more level would only restate
     * the node. A tolerance, not a tuning knob: exact proportionality leaves float noise of ~1e-15.
     */
    private static final double NOTHING_CONCENTRATED = 1e-6;

    private ChangeDiagnoser() {
    }

    /**
     * @param rows          row-level records (one row per document, order, ...)
     * @param measure       COUNT or SUM (additive), AVERAGE or SHARE (ratio: segments get a mix/rate split)
     * @param current       selects the current rows
     * @param baseline      selects the baseline rows (may overlap {@code current})
     * @param baselineScale multiplies the baseline of additive measures: 1, or 1/k to compare with the
     *                      average of k periods; ratios ignore it
     * @param dimensions    candidate columns to split by (any type; values are compared as strings)
     * @throws DarkroomException (user input) for a measure that does not split (DISTINCT_COUNT, MIN, MAX),
     *                           an unknown column or a non-positive scale. Empty or unchanged data is not an
     *                           error: the result's {@link ChangeDiagnosis#status()} says so.
     */
    public static ChangeDiagnosis diagnose(Dataset<Row> rows, MeasureFold measure, Column current, Column baseline,
                                           double baselineScale, List<String> dimensions, DiagnosisOptions options) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(options, "options");
        ChangeModel model = ChangeModel.of(measure);
        check(rows, measure, baselineScale, dimensions);
        PartSumsQuery query = new PartSumsQuery(rows, measure, model, current, baseline,
                measure.additive() ? baselineScale : 1.0, options.maxValuesPerDimension(), options.minRows());

        Map<String, DimensionSums> root = query.run(lit(true), dimensions);
        SliceSums total = root.values().iterator().next().total();
        Status status = status(model, total);
        String label = measure.measure().label();
        if (status != Status.DIAGNOSED) {
            return new ChangeDiagnosis(label, measure.aggregation(), status, model.baseline(total), model.current(total),
                    total.baselineRows(), total.currentRows(), List.of(),
                    new DecompositionTree(List.of(), StopReason.NOT_DIAGNOSED));
        }
        List<Split> splits = ranked(model, root, null, options);
        return new ChangeDiagnosis(label, measure.aggregation(), status, model.baseline(total), model.current(total),
                total.baselineRows(), total.currentRows(), splits.stream().map(Split::breakdown).toList(),
                drill(model, query, splits, dimensions, options));
    }

    private static void check(Dataset<Row> rows, MeasureFold measure, double baselineScale, List<String> dimensions) {
        String label = measure.measure().label();
        if (!(baselineScale > 0) || Double.isInfinite(baselineScale)) {
            throw DarkroomException.userInput("Cannot diagnose '" + label + "': baseline scale " + baselineScale
                    + " is not a positive number; use 1, or 1/k to compare with the average of k periods");
        }
        if (dimensions.isEmpty()) {
            throw DarkroomException.userInput("Cannot diagnose '" + label
                    + "': no dimensions to split by; name at least one column");
        }
        if (new HashSet<>(dimensions).size() != dimensions.size()) {
            throw DarkroomException.userInput("Cannot diagnose '" + label + "' by " + dimensions
                    + ": a dimension is named twice; name each once");
        }
        List<String> columns = Arrays.asList(rows.columns());
        List<String> needed = new ArrayList<>(dimensions);
        if (measure.measure().column() != null) {
            needed.add(measure.measure().column());
        }
        for (String column : needed) {
            if (!columns.contains(column)) {
                throw DarkroomException.userInput("Cannot diagnose '" + label + "': the rows have no column '" + column
                        + "'; use one of " + columns);
            }
        }
    }

    private static Status status(ChangeModel model, SliceSums total) {
        if (!model.hasBaseline(total)) {
            return Status.NO_BASELINE;
        }
        if (!model.hasCurrent(total)) {
            return Status.NO_CURRENT;
        }
        return flat(model, total) ? Status.NO_CHANGE : Status.DIAGNOSED;
    }

    /** Float noise from summing in another order is not a change. */
    private static boolean flat(ChangeModel model, SliceSums s) {
        double scale = Math.max(1, Math.max(Math.abs(model.baseline(s)), Math.abs(model.current(s))));
        return Math.abs(model.delta(s)) <= 1e-9 * scale;
    }

    /** Breakdowns of one scope, best score first; ties keep the caller's dimension order. */
    private static List<Split> ranked(ChangeModel model, Map<String, DimensionSums> sums, Segment path,
                                      DiagnosisOptions options) {
        List<Split> splits = new ArrayList<>();
        for (Map.Entry<String, DimensionSums> e : sums.entrySet()) {
            splits.add(split(model, e.getKey(), e.getValue(), path, options.topSegments()));
        }
        splits.sort(Comparator.comparingDouble((Split s) -> s.breakdown().score()).reversed());
        return splits;
    }

    private static Split split(ChangeModel model, String dimension, DimensionSums sums, Segment path, int topSegments) {
        SliceSums total = sums.total();
        List<SliceSums> scored = new ArrayList<>(sums.top().stream().map(ValueSums::sums).toList());
        if (sums.values() > sums.top().size()) {
            scored.add(sums.restAfter(sums.top().size()));
        }
        List<ValueSums> listed = sums.top().subList(0, Math.min(topSegments, sums.top().size()));
        List<SegmentChange> segments = listed.stream()
                .map(v -> new SegmentChange(path == null ? Segment.of(dimension, v.value()) : path.and(dimension, v.value()),
                        model.change(v.sums(), total)))
                .toList();
        DimensionBreakdown breakdown = new DimensionBreakdown(dimension, model.concentration(scored, total),
                sums.values(), segments, model.change(sums.restAfter(listed.size()), total),
                sums.values() - listed.size());
        return new Split(breakdown, listed);
    }

    private static DecompositionTree drill(ChangeModel model, PartSumsQuery query, List<Split> rootSplits,
                                           List<String> dimensions, DiagnosisOptions options) {
        List<Step> steps = new ArrayList<>();
        List<String> remaining = new ArrayList<>(dimensions);
        List<Split> splits = rootSplits;
        while (true) {
            Split best = splits.get(0);
            if (best.breakdown().score() < NOTHING_CONCENTRATED || best.listed().isEmpty()) {
                return new DecompositionTree(steps, StopReason.SPREAD_IN_PROPORTION);
            }
            int top = best.topInDirectionOfChange();
            SegmentChange node = best.breakdown().segments().get(top);
            SliceSums nodeSums = best.listed().get(top).sums();
            if (node.change().share() < options.minShareToDrill()) {
                return new DecompositionTree(steps, StopReason.SHARE_TOO_SMALL);
            }
            steps.add(new Step(best.breakdown(), node));
            remaining.remove(best.breakdown().dimension());
            if (steps.size() == options.maxDepth()) {
                return new DecompositionTree(steps, StopReason.MAX_DEPTH);
            }
            if (remaining.isEmpty()) {
                return new DecompositionTree(steps, StopReason.NO_DIMENSIONS_LEFT);
            }
            if (!model.hasBaseline(nodeSums) || !model.hasCurrent(nodeSums)) {
                return new DecompositionTree(steps, StopReason.APPEARED_OR_VANISHED);
            }
            if (flat(model, nodeSums)) {
                return new DecompositionTree(steps, StopReason.NO_CHANGE);
            }
            splits = ranked(model, query.run(node.segment().filter(), remaining), node.segment(), options);
        }
    }

    /** A breakdown and the sums behind its listed segments (needed to drill into one). */
    private record Split(DimensionBreakdown breakdown, List<ValueSums> listed) {
        /** The listed segment carrying most of the parent's change in its direction (largest share). */
        int topInDirectionOfChange() {
            List<SegmentChange> segments = breakdown.segments();
            int best = 0;
            for (int i = 1; i < segments.size(); i++) {
                if (segments.get(i).change().share() > segments.get(best).change().share()) {
                    best = i;
                }
            }
            return best;
        }
    }
}
