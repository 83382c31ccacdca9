package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Measure;
import io.darkroom.nlq.analyze.DatePhrase;
import io.darkroom.nlq.analyze.DateRange;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refines the session's previous plan with a follow-up: "and in Germany?" replaces the condition on
 * the same column, "what about last year?" the period, "by month" makes a trend, "by country" a
 * breakdown, "why?" a change diagnosis of the same measure and scope. Returns null when the question
 * changes nothing of the previous plan (then it is planned on its own).
 */
final class FollowUps {
    private final PlanContext ctx;

    FollowUps(PlanContext ctx) {
        this.ctx = ctx;
    }

    QueryPlan refine(QueryPlan previous, Resolution r) {
        Measure measure = measureOf(previous);
        Scope scope = previous.scope();
        boolean changed = false;
        List<ColumnRef> groupBy = new ArrayList<>();
        ColumnRef lastValueColumn = null;
        for (Match m : r.matches()) {
            Optional<PlanContext.Placed> placed = ctx.place(m, scope.table());
            if (placed.isEmpty()) {
                return null;
            }
            Target t = placed.get().target();
            if (t instanceof Target.ValueTarget v) {
                lastValueColumn = ctx.ref(t);
                scope = scope.withCondition(new Condition(lastValueColumn, m.negated() ? Condition.Op.NOT_IN : Condition.Op.IN, List.of(v.value())),
                        placed.get().path());
                changed = true;
            } else if (t instanceof Target.DimensionTarget || t instanceof Target.ColumnTarget || t instanceof Target.TableTarget) {
                if (ctx.ref(t).equals(lastValueColumn)) {
                    continue; // "only the East region": the word after a value names its column, not a new grouping
                }
                groupBy.add(ctx.groupable(ctx.ref(t)));
                scope = scope.withJoins(placed.get().path());
            }
        }
        ColumnRef time = scope.date() != null ? scope.date().column()
                : ctx.timeColumn(scope.table()).map(p -> ctx.ref(p.target())).orElse(null);
        if (time != null && scope.date() == null) {
            scope = scope.withJoins(ctx.timeColumn(scope.table()).map(PlanContext.Placed::path).orElse(List.of()));
        }
        for (DatePhrase d : r.question().dates()) {
            if (time != null && !r.cues().forecast()) { // "forecast the next 3 months" names the horizon, not a filter
                scope = scope.withDate(new DateFilter(time, d.spec().resolve(ctx.reference(time))));
                changed = true;
            }
        }
        if (measure == null) {
            return null;
        }
        if (r.cues().why()) {
            DateRange current = scope.date() == null ? null : scope.date().range();
            return new QueryPlan.Why(measure, scope, current, current == null ? null : current.previous());
        }
        TimeGrain grain = r.cues().grain() != null ? TimeGrain.of(r.cues().grain())
                : previous instanceof QueryPlan.Trend t ? t.grain() : TimeGrain.MONTH;
        if (r.cues().anomalies() && time != null) {
            return new QueryPlan.Anomalies(measure, time, grain, scope);
        }
        if (r.cues().forecast() && time != null) {
            return new QueryPlan.Forecast(measure, time, grain, Math.max(1, r.cues().horizon()), scope);
        }
        if (r.cues().drivers()) {
            return new QueryPlan.Drivers(measure, scope);
        }
        if (r.cues().grain() != null && time != null) {
            return new QueryPlan.Trend(measure, time, grain, scope);
        }
        ColumnRef ranked = previous instanceof QueryPlan.Breakdown b ? b.by().get(0) : previous instanceof QueryPlan.TopN t ? t.by() : null;
        if (r.rank() != null && groupBy.isEmpty() && ranked != null) {
            // "just the top 3" of a breakdown (or another ranking of the same one)
            return new QueryPlan.TopN(measure, ranked, r.rank().n(), r.rank().top(), scope);
        }
        if (!groupBy.isEmpty()) {
            return new QueryPlan.Breakdown(measure, groupBy.subList(0, Math.min(2, groupBy.size())), scope);
        }
        return changed ? withScope(previous, scope) : null;
    }

    static Measure measureOf(QueryPlan p) {
        return p.accept(new QueryPlan.Visitor<Measure>() {
            public Measure aggregate(QueryPlan.Aggregate a) { return a.measure(); }
            public Measure breakdown(QueryPlan.Breakdown b) { return b.measure(); }
            public Measure topN(QueryPlan.TopN t) { return t.measure(); }
            public Measure trend(QueryPlan.Trend t) { return t.measure(); }
            public Measure compare(QueryPlan.Compare c) { return c.measure(); }
            public Measure lookup(QueryPlan.Lookup l) { return null; }
            public Measure rowAt(QueryPlan.RowAt p) { return null; }
            public Measure difference(QueryPlan.Difference d) { return d.measure(); }
            public Measure why(QueryPlan.Why w) { return w.measure(); }
            public Measure drivers(QueryPlan.Drivers d) { return d.measure(); }
            public Measure anomalies(QueryPlan.Anomalies a) { return a.measure(); }
            public Measure forecast(QueryPlan.Forecast f) { return f.measure(); }
            public Measure documentSearch(QueryPlan.DocumentSearch d) { return null; }
            public Measure clarify(QueryPlan.Clarify c) { return null; }
        });
    }

    /** The same kind of plan over a new scope. */
    static QueryPlan withScope(QueryPlan p, Scope s) {
        return p.accept(new QueryPlan.Visitor<QueryPlan>() {
            public QueryPlan aggregate(QueryPlan.Aggregate a) { return new QueryPlan.Aggregate(a.measure(), s); }
            public QueryPlan breakdown(QueryPlan.Breakdown b) { return new QueryPlan.Breakdown(b.measure(), b.by(), s); }
            public QueryPlan topN(QueryPlan.TopN t) { return new QueryPlan.TopN(t.measure(), t.by(), t.n(), t.top(), s); }
            public QueryPlan trend(QueryPlan.Trend t) { return new QueryPlan.Trend(t.measure(), t.time(), t.grain(), s); }
            public QueryPlan compare(QueryPlan.Compare c) {
                return new QueryPlan.Compare(c.measure(), c.mode(), c.dimension(), c.values(), c.periods(), s.withDate(null));
            }
            public QueryPlan lookup(QueryPlan.Lookup l) { return new QueryPlan.Lookup(l.columns(), s, l.limit()); }
            public QueryPlan rowAt(QueryPlan.RowAt p) { return new QueryPlan.RowAt(p.columns(), p.position(), s, p.time()); }
            public QueryPlan difference(QueryPlan.Difference d) { return new QueryPlan.Difference(d.measure(), d.by(), d.first(), d.second(), s); }
            public QueryPlan why(QueryPlan.Why w) { return new QueryPlan.Why(w.measure(), s, w.current(), w.baseline()); }
            public QueryPlan drivers(QueryPlan.Drivers d) { return new QueryPlan.Drivers(d.measure(), s); }
            public QueryPlan anomalies(QueryPlan.Anomalies a) { return new QueryPlan.Anomalies(a.measure(), a.time(), a.grain(), s); }
            public QueryPlan forecast(QueryPlan.Forecast f) { return new QueryPlan.Forecast(f.measure(), f.time(), f.grain(), f.horizon(), s); }
            public QueryPlan documentSearch(QueryPlan.DocumentSearch d) {
                return new QueryPlan.DocumentSearch(d.text(), d.keywords(), d.required(), s.withJoins(d.scope().joins()), d.limit());
            }
            public QueryPlan clarify(QueryPlan.Clarify c) { return c; }
        });
    }
}
