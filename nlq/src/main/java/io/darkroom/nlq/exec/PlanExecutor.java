package io.darkroom.nlq.exec;

import io.darkroom.core.insights.AnomaliesResult;
import io.darkroom.core.insights.DriversResult;
import io.darkroom.core.insights.ForecastResult;
import io.darkroom.core.insights.InsightQuery;
import io.darkroom.core.insights.Insights;
import io.darkroom.core.insights.WhyResult;
import io.darkroom.nlq.answer.ResultTable;
import io.darkroom.nlq.plan.ColumnRef;
import io.darkroom.nlq.plan.Condition;
import io.darkroom.nlq.plan.DateFilter;
import io.darkroom.nlq.plan.DocumentWords;
import io.darkroom.nlq.plan.QueryPlan;
import io.darkroom.nlq.plan.Scope;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.locate;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * Step 4: runs a plan with the DataFrame/Column API only. Nothing from the question becomes SQL
 * text: columns come from the catalog, values reach Spark through lit(). Insight kinds call the
 * injected {@link Insights}; without one they say the capability is not available yet.
 */
public final class PlanExecutor {
    static final int MAX_ROWS = 1_000;
    private static final int SNIPPET = 160;

    private final Frames frames;
    private final Insights insights;

    /** @param insights the insights port, or null when this deployment has none yet */
    public PlanExecutor(TableReader reader, Insights insights) {
        this.frames = new Frames(reader);
        this.insights = insights;
    }

    public Execution execute(QueryPlan plan) {
        return plan.accept(new QueryPlan.Visitor<>() {
            public Execution aggregate(QueryPlan.Aggregate a) {
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rows(a.scope(), al);
                return Execution.of(table(rows.agg(Frames.measure(a.measure(), al).as(a.measure().label())), -1));
            }

            public Execution breakdown(QueryPlan.Breakdown b) {
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rows(b.scope(), al);
                Column[] by = b.by().stream().map(c -> al.col(c).as(c.label())).toArray(Column[]::new);
                Column m = Frames.measure(b.measure(), al).as(b.measure().label());
                Dataset<Row> g = rows.groupBy(by).agg(m);
                Column order = col("`" + b.measure().label() + "`").desc_nulls_last();
                g = b.by().size() == 2 ? g.orderBy(col("`" + b.by().get(0).label() + "`").asc_nulls_last(), order) : g.orderBy(order, col("`" + b.by().get(0).label() + "`").asc_nulls_last());
                return Execution.of(table(g, MAX_ROWS));
            }

            public Execution topN(QueryPlan.TopN t) {
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rows(t.scope(), al).where(al.col(t.by()).isNotNull());
                Column m = Frames.measure(t.measure(), al).as(t.measure().label());
                Column v = col("`" + t.measure().label() + "`");
                Dataset<Row> g = rows.groupBy(al.col(t.by()).as(t.by().label())).agg(m)
                        .orderBy(t.top() ? v.desc_nulls_last() : v.asc_nulls_last(), col("`" + t.by().label() + "`").asc());
                return Execution.of(table(g, t.n()));
            }

            public Execution trend(QueryPlan.Trend t) {
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rows(t.scope(), al);
                String word = t.grain().word();
                // Grouped on the period's first day; only the few result rows get their text label.
                Dataset<Row> g = rows.groupBy(Frames.periodStart(al.col(t.time()), t.grain()).as(word))
                        .agg(Frames.measure(t.measure(), al).as(t.measure().label()))
                        .where(col(word).isNotNull()).orderBy(col(word))
                        .withColumn(word, Frames.periodLabel(col(word), t.grain()));
                return Execution.of(table(g, MAX_ROWS));
            }

            public Execution compare(QueryPlan.Compare c) {
                if (!c.periods().isEmpty()) {
                    List<List<Object>> out = new ArrayList<>();
                    for (QueryPlan.Period p : c.periods()) {
                        var al = new Frames.Aliases();
                        Dataset<Row> rows = frames.rows(c.scope().withDate(new DateFilter(timeOf(c), p.range())), al);
                        Row r = rows.agg(Frames.measure(c.measure(), al)).first();
                        out.add(Arrays.asList(p.label(), value(r, 0)));
                    }
                    return Execution.of(new ResultTable(List.of("period", c.measure().label()), out));
                }
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rows(c.scope(), al);
                Dataset<Row> g = rows.groupBy(al.col(c.dimension()).as(c.dimension().label()))
                        .agg(Frames.measure(c.measure(), al).as(c.measure().label()))
                        .orderBy(col("`" + c.measure().label() + "`").desc_nulls_last());
                ResultTable t = table(g, MAX_ROWS);
                return Execution.of(c.mode() == QueryPlan.CompareMode.SHARE_OF_TOTAL ? Shares.of(t, c.values()) : t);
            }

            public Execution lookup(QueryPlan.Lookup l) {
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rows(l.scope(), al);
                // The asked-for columns lead (they are the answer); the columns the rows were picked by follow, once.
                List<Column> cols = new ArrayList<>();
                Set<String> labels = new HashSet<>();
                for (ColumnRef c : l.columns()) {
                    if (labels.add(c.label())) {
                        cols.add(al.col(c).as(c.label()));
                    }
                }
                for (Condition c : l.scope().conditions()) {
                    if (labels.add(c.column().label())) {
                        cols.add(al.col(c.column()).as(c.column().label()));
                    }
                }
                return Execution.of(table(rows.select(cols.toArray(Column[]::new)).distinct(), l.limit()));
            }

            public Execution rowAt(QueryPlan.RowAt given) {
                QueryPlan.RowAt p = newestFirst(given) ? new QueryPlan.RowAt(given.columns(), given.position().reversed(), given.scope(), null) : given;
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rowsInTableOrder(p.scope(), al);
                Column order = al.col(p.scope().table(), Frames.ROW_ORDER);
                if (p.adjacent()) {
                    Row anchor = rows.agg(org.apache.spark.sql.functions.min(order)).first();
                    al = new Frames.Aliases();
                    order = al.col(p.scope().table(), Frames.ROW_ORDER);
                    rows = frames.rowsInTableOrder(new Scope(p.scope().table(), p.scope().joins(), List.of(), null), al);
                    // No anchor row: an impossible order value leaves the neighbour empty, so the answer says nothing matched.
                    long at = anchor.isNullAt(0) ? (p.position() == QueryPlan.Position.BEFORE ? Long.MIN_VALUE : Long.MAX_VALUE) : anchor.getLong(0);
                    rows = rows.where(p.position() == QueryPlan.Position.BEFORE ? order.lt(at) : order.gt(at));
                }
                boolean backwards = p.position() == QueryPlan.Position.LAST || p.position() == QueryPlan.Position.BEFORE;
                List<Column> cols = new ArrayList<>();
                Set<String> labels = new HashSet<>();
                for (ColumnRef c : p.columns()) {
                    if (labels.add(c.label())) {
                        cols.add(al.col(c).as(c.label()));
                    }
                }
                return Execution.of(table(rows.orderBy(backwards ? order.desc() : order.asc()).select(cols.toArray(Column[]::new)), 1));
            }

            public Execution difference(QueryPlan.Difference d) {
                List<Object> sides = new ArrayList<>();
                for (String value : List.of(d.first(), d.second())) {
                    var al = new Frames.Aliases();
                    Row r = frames.rows(d.side(value), al).agg(Frames.measure(d.measure(), al)).first();
                    sides.add(value(r, 0));
                }
                if (!(sides.get(0) instanceof Number a) || !(sides.get(1) instanceof Number b)) {
                    return Execution.of(new ResultTable(List.of(d.label(), d.first(), d.second()), List.of()));
                }
                Number distance = a instanceof Long && b instanceof Long ? (Number) Math.abs(a.longValue() - b.longValue())
                        : BigDecimal.valueOf(a.doubleValue()).subtract(BigDecimal.valueOf(b.doubleValue())).abs().stripTrailingZeros();
                return Execution.of(new ResultTable(List.of(d.label(), d.first(), d.second()), List.of(Arrays.asList(distance, a, b))));
            }

            /** Whether the plan's time column runs newest first down the table (its first value above its last). */
            private boolean newestFirst(QueryPlan.RowAt p) {
                if (p.time() == null) {
                    return false;
                }
                var al = new Frames.Aliases();
                Dataset<Row> rows = frames.rowsInTableOrder(new Scope(p.scope().table(), List.of(), List.of(), null), al);
                Column time = al.col(p.time());
                Column order = al.col(p.scope().table(), Frames.ROW_ORDER);
                List<Row> ends = rows.where(time.isNotNull()).orderBy(order.asc()).select(time).limit(1)
                        .union(rows.where(time.isNotNull()).orderBy(order.desc()).select(time).limit(1)).collectAsList();
                return ends.size() == 2 && ends.get(0).get(0) instanceof Comparable<?> first
                        && compare(first, ends.get(1).get(0)) > 0;
            }

            @SuppressWarnings({"unchecked", "rawtypes"})
            private int compare(Comparable first, Object last) {
                return first.compareTo(last);
            }

            public Execution why(QueryPlan.Why w) {
                if (insights == null) {
                    return unavailable("Explaining changes");
                }
                WhyResult r = insights.why(query(w.measure(), w.scope(), w.current(), w.baseline(), null, 0));
                List<List<Object>> rows = new ArrayList<>();
                r.contributions().forEach(c -> rows.add(Arrays.asList(c.dimension(), c.value(), c.delta(), c.share())));
                return new Execution(new ResultTable(List.of("dimension", "value", "change", "share of change"), rows), r.sentence(), true);
            }

            public Execution drivers(QueryPlan.Drivers d) {
                if (insights == null) {
                    return unavailable("Finding drivers");
                }
                DriversResult r = insights.drivers(query(d.measure(), d.scope(), null, null, null, 0));
                List<List<Object>> rows = new ArrayList<>();
                r.drivers().forEach(x -> rows.add(Arrays.asList(x.dimension(), x.value(), x.effect(), x.score())));
                return new Execution(new ResultTable(List.of("dimension", "value", "effect", "score"), rows), r.sentence(), true);
            }

            public Execution anomalies(QueryPlan.Anomalies a) {
                if (insights == null) {
                    return unavailable("Finding anomalies");
                }
                AnomaliesResult r = insights.anomalies(query(a.measure(), a.scope(), null, null, a.grain().word(), 0));
                List<List<Object>> rows = new ArrayList<>();
                r.anomalies().forEach(x -> rows.add(Arrays.asList(x.period(), x.observed(), x.expected(), x.severity())));
                return new Execution(new ResultTable(List.of("period", "observed", "expected", "severity"), rows), r.sentence(), true);
            }

            public Execution forecast(QueryPlan.Forecast f) {
                if (insights == null) {
                    return unavailable("Forecasting");
                }
                ForecastResult r = insights.forecast(query(f.measure(), f.scope(), null, null, f.grain().word(), f.horizon()));
                List<List<Object>> rows = new ArrayList<>();
                r.points().forEach(x -> rows.add(Arrays.asList(x.period(), x.value(), x.lower(), x.upper())));
                return new Execution(new ResultTable(List.of("period", "forecast", "lower", "upper"), rows), r.sentence(), true);
            }

            public Execution documentSearch(QueryPlan.DocumentSearch d) {
                ResultTable found = search(d, d.scope());
                Scope everything = new Scope(d.scope().table(), d.scope().joins(), List.of(), null);
                if (!found.rows().isEmpty() || everything.equals(d.scope())) {
                    return Execution.of(found);
                }
                // "which invoices are overdue": the reminders that say so may be e-mails; show them rather than nothing.
                ResultTable anyKind = search(d, everything);
                return anyKind.rows().isEmpty() ? Execution.of(found) : new Execution(anyKind, "No document within the filters mentions "
                        + String.join(", ", d.words()) + "; these " + anyKind.rows().size() + " documents outside them do"
                        + " (the best match is " + anyKind.rows().get(0).get(1) + ").", true);
            }

            public Execution clarify(QueryPlan.Clarify c) {
                return Execution.of(ResultTable.EMPTY);
            }
        });
    }

    private ResultTable search(QueryPlan.DocumentSearch d, Scope scope) {
        var al = new Frames.Aliases();
        Dataset<Row> rows = frames.rows(scope, al);
        Column raw = concat_ws("\n", d.text().stream().map(c -> coalesce(al.col(c), lit(""))).toArray(Column[]::new));
        Column lowerRaw = lower(raw);
        // Padded with spaces so that " word" only matches where a word of the text starts.
        Column folded = concat(lit(" "), trim(regexp_replace(lowerRaw, DocumentWords.SEPARATORS, " ")), lit(" "));
        List<Column> hits = new ArrayList<>();
        for (String k : d.words()) {
            hits.add(locate(" " + DocumentWords.normalized(k), folded).gt(0));
        }
        // A rare word says more than a common one ("merger with Dynegy": Dynegy): each word weighs its inverse
        // document frequency in the searched rows, counted in one pass.
        Row counts = rows.agg(count(lit(1)), hits.stream().map(h -> sum(when(h, 1L).otherwise(0L))).toArray(Column[]::new)).first();
        long n = counts.getLong(0);
        Column score = lit(0);
        Column weight = lit(0.0);
        Column holdsRequired = lit(true);
        Column snippetAt = lit(0);
        for (int i = 0; i < hits.size(); i++) {
            String k = d.words().get(i);
            Column hit = hits.get(i);
            long df = counts.isNullAt(i + 1) ? 0 : counts.getLong(i + 1);
            score = score.plus(when(hit, 1).otherwise(0));
            weight = weight.plus(when(hit, Math.log((n + 1.0) / (df + 1.0)) + 1).otherwise(0.0));
            if (d.required().contains(k)) {
                holdsRequired = holdsRequired.and(hit);
            }
            snippetAt = when(snippetAt.equalTo(0).and(hit), locate(DocumentWords.normalized(k).split(" ")[0], lowerRaw)).otherwise(snippetAt);
        }
        Column start = greatest(snippetAt.minus(SNIPPET / 2), lit(1));
        ColumnRef title = d.text().stream().filter(c -> c.column().equals("title")).findFirst().orElse(d.text().get(0));
        boolean ids = Arrays.asList(rows.columns()).contains("doc_id");
        Column id = ids ? al.col(scope.table(), "doc_id") : al.col(title);
        Dataset<Row> found = rows.select(id.as("document"), al.col(title).as("title"), score.as("matches"),
                        trim(regexp_replace(raw.substr(start, lit(SNIPPET)), "\\s+", " ")).as("snippet"), holdsRequired.as("holds_required"),
                        weight.as("weight"))
                .where(col("matches").gt(0).and(col("holds_required")))
                .orderBy(col("weight").desc(), col("document").asc()).drop("holds_required", "weight");
        return table(found, d.limit());
    }

    private static ColumnRef timeOf(QueryPlan.Compare c) {
        // For period comparisons the plan's dimension is the time column the periods refer to.
        return c.dimension();
    }

    private static Execution unavailable(String what) {
        return new Execution(ResultTable.EMPTY, what + " is not available yet in this deployment: the insights module is not connected.", false);
    }

    private static InsightQuery query(io.darkroom.core.catalog.Measure m, Scope s, io.darkroom.nlq.analyze.DateRange current,
                                      io.darkroom.nlq.analyze.DateRange baseline, String grain, int horizon) {
        List<InsightQuery.Filter> filters = new ArrayList<>();
        for (Condition c : s.conditions()) {
            if (c.column().table().equals(m.table()) && (c.op() == Condition.Op.IN || c.op() == Condition.Op.NOT_IN)) {
                c.values().forEach(v -> filters.add(new InsightQuery.Filter(c.column().column(), v, c.op() == Condition.Op.NOT_IN)));
            }
        }
        DateFilter d = s.date();
        var cur = current != null ? current : d == null ? null : d.range();
        return new InsightQuery(m.name(), m.table(), d == null ? null : d.column().column(), filters,
                cur == null ? null : cur.from(), cur == null ? null : cur.to(),
                baseline == null ? null : baseline.from(), baseline == null ? null : baseline.to(), grain, horizon);
    }

    static ResultTable table(Dataset<Row> df, int limit) {
        List<Row> rows = limit < 0 ? df.collectAsList() : df.limit(limit).collectAsList();
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Object> values = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                values.add(value(r, i));
            }
            out.add(values);
        }
        return new ResultTable(List.of(df.columns()), out);
    }

    static Object value(Row r, int i) {
        if (r.isNullAt(i)) {
            return null;
        }
        Object v = r.get(i);
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Integer n) {
            return n.longValue();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return v.toString();
    }
}
