package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Measure;
import io.darkroom.nlq.resolve.Cues;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads "the difference in X between A and B" and "how many more X did A have than B" as a {@link QueryPlan.Difference}:
 * two values of one column name the two sides, a numeric column named in the question is what is compared (else the
 * rows are counted, when the question counts). Without exactly one such pair, or without a number to compare, the
 * question is left to the other plan kinds rather than answered with a total of both sides.
 */
final class RowDifferences {
    private static final Pattern CUE = Pattern.compile("\\bdifference\\b|\\bhow (many|much) (more|less|fewer|higher|lower|longer|shorter"
            + "|older|younger|greater|bigger|larger|further|farther)\\b");
    private static final Pattern COUNTS = Pattern.compile("\\b(how many|number of|times)\\b");

    private final PlanContext ctx;

    RowDifferences(PlanContext ctx) {
        this.ctx = ctx;
    }

    Optional<QueryPlan> plan(Resolution r, Scope scope, Map<ColumnRef, List<String>> in) {
        String text = r.question().text().toLowerCase(Locale.ROOT);
        Cues cues = r.cues();
        if (!CUE.matcher(text).find() || r.rank() != null || cues.anyInsight() || !r.numbers().isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<ColumnRef, List<String>>> pairs = in.entrySet().stream().filter(e -> e.getValue().size() == 2).toList();
        if (pairs.size() != 1 || in.values().stream().anyMatch(v -> v.size() > 2)) {
            return Optional.empty();
        }
        ColumnRef by = pairs.get(0).getKey();
        Optional<Measure> measure = compared(r, scope.table(), by);
        if (measure.isEmpty() && COUNTS.matcher(text).find()) {
            measure = Optional.of(ctx.countMeasure(scope.table()));
        }
        List<String> sides = pairs.get(0).getValue();
        return measure.map(m -> new QueryPlan.Difference(m, by, sides.get(0), sides.get(1), scope));
    }

    /**
     * The first numeric column the question names on the base table, as a measure: the catalog's own measure when it
     * matched one, else the column's total. "difference" alone reaching a column ("goal difference") is the cue, not it.
     */
    private Optional<Measure> compared(Resolution r, String table, ColumnRef by) {
        for (Match m : r.matches()) {
            if (m.has(Target.ValueTarget.class) || m.text().toLowerCase(Locale.ROOT).equals("difference")) {
                continue;
            }
            Optional<PlanContext.Placed> placed = ctx.place(m, table);
            if (placed.isEmpty() || !placed.get().path().isEmpty()) {
                continue;
            }
            Target t = placed.get().target();
            if (t instanceof Target.MeasureTarget mt && mt.measure().column() != null) {
                return Optional.of(mt.measure());
            }
            if (t instanceof Target.ColumnTarget || t instanceof Target.DimensionTarget) {
                ColumnRef ref = ctx.ref(t);
                ColumnProfile p = ctx.profile(ref.table(), ref.column());
                if (p != null && p.type().isNumeric() && !ref.equals(by)) {
                    return Optional.of(new Measure(ref.column() + "__total", "total " + ref.label(), table, Aggregation.SUM, ref.column(),
                            null, null, List.of()));
                }
            }
        }
        return Optional.empty();
    }
}
