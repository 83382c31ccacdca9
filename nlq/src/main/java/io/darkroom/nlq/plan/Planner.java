package io.darkroom.nlq.plan;

import io.darkroom.core.warehouse.FactsTable;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.nlq.analyze.DatePhrase;
import io.darkroom.nlq.analyze.DateRange;
import io.darkroom.nlq.resolve.Cues;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.NumberCondition;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step 3: a resolution (and the session's previous plan) in, a typed plan out. Chooses the table
 * from what matched (the one from which every matched column is reachable by many-to-one joins),
 * or asks when several fit equally; never guesses a table or a measure.
 */
public final class Planner {
    private final PlanContext ctx;
    private final FollowUps followUps;

    public Planner(Catalog catalog, LocalDate fixedReference, Clock clock) {
        this.ctx = new PlanContext(catalog, fixedReference, clock);
        this.followUps = new FollowUps(ctx);
    }

    /** @param previous the session's last answered plan, or null */
    public QueryPlan plan(Resolution r, QueryPlan previous) {
        if (r.question().rejected()) {
            return new QueryPlan.Clarify(r.question().problem().message(), examples());
        }
        if (previous != null && previous.scope() != null && isFollowUp(r)) {
            QueryPlan refined = followUps.refine(previous, r);
            if (refined != null) {
                return refined;
            }
        }
        if (r.cues().search() && r.matchesOf(Target.MeasureTarget.class).isEmpty()) {
            return search(r);
        }
        List<Match> live = r.matches();
        Map<String, Measure> candidates = candidates(r);
        if (candidates.isEmpty()) {
            return unknown(r);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String table : candidates.keySet()) {
            scores.put(table, score(table, live));
        }
        double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> top = scores.entrySet().stream().filter(e -> e.getValue() >= best - 1e-9).map(Map.Entry::getKey).toList();
        // The documents' facts are the warehouse's home table: on an exact tie with datasets that merely share a
        // word ("invoices" is a document type and a column of the sales workbooks), read the question as being
        // about the documents; "... in <dataset>" still selects a dataset.
        if (top.size() > 1 && top.contains(FactsTable.TABLE.name())) {
            return build(r, FactsTable.TABLE.name(), candidates.get(FactsTable.TABLE.name()));
        }
        if (top.size() > 1) {
            List<String> options = top.stream().map(t -> ctx.table(t).label()).toList();
            return new QueryPlan.Clarify("Your question fits several tables equally well: " + String.join(", ", options)
                    + ". Which one do you mean?", options.stream().map(o -> r.question().text() + " in " + o).toList());
        }
        return build(r, top.get(0), candidates.get(top.get(0)));
    }

    private QueryPlan build(Resolution r, String table, Measure explicit) {
        Cues cues = r.cues();
        Scope scope = Scope.of(table);
        List<ColumnRef> groupBy = new ArrayList<>();
        List<ColumnRef> mentioned = new ArrayList<>();
        Map<ColumnRef, List<String>> in = new LinkedHashMap<>();
        Map<ColumnRef, List<String>> notIn = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        ColumnRef timeMentioned = null;
        for (Match m : r.matches()) {
            if (m.has(Target.MeasureTarget.class) && explicit != null && m.targetsOf(Target.MeasureTarget.class).stream().anyMatch(t -> t.measure().equals(explicit))) {
                continue;
            }
            Optional<PlanContext.Placed> placed = ctx.place(m, table);
            if (placed.isEmpty()) {
                unplaced.add(m.text());
                continue;
            }
            Target t = placed.get().target();
            scope = scope.withJoins(placed.get().path());
            ColumnRef ref = ctx.ref(t);
            if (t instanceof Target.ValueTarget v) {
                (m.negated() ? notIn : in).computeIfAbsent(ref, k -> new ArrayList<>()).add(v.value());
            } else if (t instanceof Target.TableTarget tt && tt.table().equals(table) && !afterGroupBy(r, m)) {
                continue; // the counted table itself
            } else if (t instanceof Target.DimensionTarget d && d.dimension().time()) {
                timeMentioned = ref;
            } else if (afterGroupBy(r, m) || (!groupBy.isEmpty() && afterAnd(r, m))) {
                groupBy.add(ref);
            } else {
                mentioned.add(ref);
            }
        }
        if (!unplaced.isEmpty()) {
            Optional<Relation> fanOut = r.matches().stream().filter(m -> unplaced.contains(m.text()))
                    .flatMap(m -> m.targets().stream()).map(t -> ctx.fanOut(table, t.table())).flatMap(Optional::stream).findFirst();
            if (fanOut.isPresent()) {
                Relation f = fanOut.get();
                String many = ctx.table(f.toTable()).label();
                return new QueryPlan.Clarify("Cannot join " + ctx.table(f.fromTable()).label() + " to " + many + " on " + f.toColumn()
                        + ": several " + many + " rows share each " + f.toColumn() + ", so totals would count rows more than once;"
                        + " ask about " + many + " on its own.", List.of());
            }
            return new QueryPlan.Clarify("I found " + quote(unplaced) + " but could not connect it to " + ctx.table(table).label()
                    + " through the catalog's relations.", List.of());
        }
        for (Map.Entry<ColumnRef, List<String>> e : in.entrySet()) {
            scope = scope.withCondition(new Condition(e.getKey(), Condition.Op.IN, e.getValue()), List.of());
        }
        for (Map.Entry<ColumnRef, List<String>> e : notIn.entrySet()) {
            scope = scope.withCondition(new Condition(e.getKey(), Condition.Op.NOT_IN, e.getValue()), List.of());
        }
        Measure measure = measure(r, table, explicit);
        Optional<Scope> withNumbers = numbers(r, scope, measure);
        if (withNumbers.isEmpty()) {
            return new QueryPlan.Clarify("I could not tell which column the number in your question applies to.", List.of());
        }
        scope = withNumbers.get();
        Optional<PlanContext.Placed> time = timeMentioned != null ? Optional.of(new PlanContext.Placed(null, List.of()))
                : ctx.timeColumn(table);
        ColumnRef timeCol = timeMentioned != null ? timeMentioned : time.map(p -> ctx.ref(p.target())).orElse(null);
        if (timeMentioned == null && time.isPresent()) {
            scope = scope.withJoins(time.get().path());
        }
        List<DateRange> ranges = new ArrayList<>();
        for (DatePhrase d : r.question().dates()) {
            ranges.add(d.spec().resolve(ctx.reference(timeCol)));
        }
        if (!ranges.isEmpty() && timeCol == null) {
            return new QueryPlan.Clarify(ctx.table(table).label() + " has no date column, so I cannot filter it by date.", List.of());
        }
        if (!ranges.isEmpty() && !(cues.compare() != Cues.CompareCue.NONE && ranges.size() > 1)) {
            scope = scope.withDate(new DateFilter(timeCol, ranges.get(0)));
        }
        return kind(r, measure, scope, groupBy, mentioned, timeCol, ranges, in);
    }

    private QueryPlan kind(Resolution r, Measure measure, Scope scope, List<ColumnRef> groupBy, List<ColumnRef> mentioned,
                           ColumnRef timeCol, List<DateRange> ranges, Map<ColumnRef, List<String>> in) {
        Cues cues = r.cues();
        TimeGrain grain = cues.grain() == null ? TimeGrain.MONTH : TimeGrain.of(cues.grain());
        if (cues.why()) {
            DateRange current = scope.date() == null ? null : scope.date().range();
            return new QueryPlan.Why(measure, scope, current, current == null ? null : current.previous());
        }
        if (cues.forecast()) {
            return new QueryPlan.Forecast(measure, timeCol, grain, Math.max(1, cues.horizon()), scope);
        }
        if (cues.anomalies()) {
            return new QueryPlan.Anomalies(measure, timeCol, grain, scope);
        }
        if (cues.drivers()) {
            return new QueryPlan.Drivers(measure, scope);
        }
        switch (cues.compare()) {
            case YEAR_OVER_YEAR, PREVIOUS_PERIOD -> {
                if (timeCol == null) {
                    break;
                }
                DateRange current = ranges.isEmpty() ? DateRange.year(ctx.reference(timeCol).getYear()) : ranges.get(0);
                DateRange before = cues.compare() == Cues.CompareCue.YEAR_OVER_YEAR ? current.minusYears(1) : current.previous();
                return new QueryPlan.Compare(measure, cues.compare() == Cues.CompareCue.YEAR_OVER_YEAR
                        ? QueryPlan.CompareMode.YEAR_OVER_YEAR : QueryPlan.CompareMode.PREVIOUS_PERIOD, timeCol, List.of(),
                        List.of(new QueryPlan.Period(current.label(), current), new QueryPlan.Period(before.label(), before)),
                        scope.withDate(null));
            }
            case SHARE -> {
                ColumnRef by = !groupBy.isEmpty() ? groupBy.get(0) : !mentioned.isEmpty() ? mentioned.get(0) : in.keySet().stream().findFirst().orElse(null);
                if (by != null) {
                    return new QueryPlan.Compare(measure, QueryPlan.CompareMode.SHARE_OF_TOTAL, by, in.getOrDefault(by, List.of()), List.of(),
                            withoutConditionOn(scope, by));
                }
            }
            case VERSUS -> {
                if (ranges.size() >= 2 && timeCol != null) {
                    return new QueryPlan.Compare(measure, QueryPlan.CompareMode.PREVIOUS_PERIOD, timeCol, List.of(),
                            List.of(new QueryPlan.Period(ranges.get(0).label(), ranges.get(0)), new QueryPlan.Period(ranges.get(1).label(), ranges.get(1))),
                            scope.withDate(null));
                }
                for (Map.Entry<ColumnRef, List<String>> e : in.entrySet()) {
                    if (e.getValue().size() >= 2) {
                        return new QueryPlan.Compare(measure, QueryPlan.CompareMode.VALUES, e.getKey(), e.getValue(), List.of(), scope);
                    }
                }
            }
            case NONE -> {
            }
        }
        if (r.rank() != null) {
            ColumnRef by = !groupBy.isEmpty() ? groupBy.get(0) : !mentioned.isEmpty() ? mentioned.get(0) : null;
            if (by == null && (r.rank().explicit() || cues.lookup()) && !tableMatches(r).isEmpty()) {
                by = ctx.entityColumn(entityTable(r, measure.table()));
            }
            if (by != null) {
                return new QueryPlan.TopN(measure, by, r.rank().n(), r.rank().top(), scope);
            }
            if (measure.column() != null) {
                return new QueryPlan.Aggregate(ctx.withAggregation(measure, r.rank().top() ? Aggregation.MAX : Aggregation.MIN), scope);
            }
        }
        if (cues.grain() != null && timeCol != null) {
            return new QueryPlan.Trend(measure, timeCol, grain, scope);
        }
        if (!groupBy.isEmpty()) {
            return new QueryPlan.Breakdown(measure, groupBy.subList(0, Math.min(2, groupBy.size())), scope);
        }
        boolean aggregating = cues.count() || cues.aggregate() != Cues.Aggregate.NONE || r.matches().stream().anyMatch(m -> m.has(Target.MeasureTarget.class));
        if (!mentioned.isEmpty() && !aggregating && cues.lookup()) {
            return new QueryPlan.Lookup(mentioned, scope, 50);
        }
        return new QueryPlan.Aggregate(measure, scope);
    }

    /** Which table the question counts in, with its measure when one was named. */
    private Map<String, Measure> candidates(Resolution r) {
        Map<String, Measure> out = new LinkedHashMap<>();
        boolean counting = r.cues().count() && r.cues().aggregate() == Cues.Aggregate.NONE;
        if (!counting) {
            for (Match m : r.matchesOf(Target.MeasureTarget.class)) {
                if (namesDocumentType(r, m)) {
                    continue;
                }
                for (Target.MeasureTarget t : m.targetsOf(Target.MeasureTarget.class)) {
                    out.putIfAbsent(t.table(), t.measure());
                }
            }
        }
        if (out.isEmpty()) {
            for (Match m : r.matchesOf(Target.TableTarget.class)) {
                if (!afterGroupBy(r, m)) {
                    m.targetsOf(Target.TableTarget.class).forEach(t -> out.putIfAbsent(t.table(), null));
                }
            }
            // A table named by a word of its name ("region" of "finance by region") must not shut out the
            // documents a document type names ("tickets ... region"): both compete on the score.
            if (!out.isEmpty() && r.matches().stream().anyMatch(m -> namesDocumentType(r, m))) {
                out.putIfAbsent(FactsTable.TABLE.name(), null);
            }
        }
        if (out.isEmpty()) {
            for (Match m : r.matches()) {
                if (namesDocumentType(r, m)) {
                    out.putIfAbsent(FactsTable.TABLE.name(), null);
                } else {
                    m.targets().forEach(t -> out.putIfAbsent(t.table(), null));
                }
            }
        }
        return out;
    }

    /**
     * "invoices", "e-mails", "tickets": a value of the documents' type names the documents of that type,
     * even where a dataset has a column of the same name (the finance sheets' "invoices" count). An
     * explicit aggregation ("total invoices", "average invoices") still asks for that column.
     */
    private static boolean namesDocumentType(Resolution r, Match m) {
        return r.cues().aggregate() == Cues.Aggregate.NONE && m.targetsOf(Target.ValueTarget.class).stream()
                .anyMatch(v -> v.table().equals(FactsTable.TABLE.name()) && v.column().equals(FactsTable.DOC_TYPE));
    }

    private double score(String table, List<Match> matches) {
        double s = 0;
        for (Match m : matches) {
            double best = 0;
            for (Target t : m.targets()) {
                Optional<List<Relation>> p = ctx.path(table, t.table());
                if (p.isPresent()) {
                    best = Math.max(best, p.get().isEmpty() ? 1.0 : 0.8 - 0.05 * p.get().size());
                }
            }
            s += best;
        }
        return s;
    }

    private Measure measure(Resolution r, String table, Measure explicit) {
        Measure m = explicit != null ? explicit : ctx.countMeasure(table);
        Measure asked = switch (r.cues().aggregate()) {
            case AVERAGE -> ctx.withAggregation(m, Aggregation.AVERAGE);
            case SUM -> ctx.withAggregation(m, Aggregation.SUM);
            case MAX, MIN, NONE -> m;
        };
        // Catalogs built before scores were recognised still offer "total sentiment"; a sum of levels is never the answer.
        return ctx.additive(asked) ? asked : ctx.withAggregation(asked, Aggregation.AVERAGE);
    }

    /** Number comparisons bind to the nearest numeric column mentioned before them, else the measure's column. */
    private Optional<Scope> numbers(Resolution r, Scope scope, Measure measure) {
        for (NumberCondition n : r.numbers()) {
            ColumnRef column = null;
            for (Match m : r.matches()) {
                if (r.question().offsets().get(m.start()) > n.start()) {
                    break;
                }
                Optional<PlanContext.Placed> p = ctx.place(m, scope.table());
                if (p.isPresent() && numeric(ctx.ref(p.get().target()))) {
                    column = ctx.ref(p.get().target());
                    scope = scope.withJoins(p.get().path());
                }
            }
            if (column == null && measure.column() != null) {
                column = ctx.ref(new Target.MeasureTarget(measure));
            }
            if (column == null) {
                return Optional.empty();
            }
            Condition.Op op = Condition.Op.valueOf(n.op() == NumberCondition.Op.EQ ? "BETWEEN" : n.op().name());
            scope = scope.withCondition(new Condition(column, op, List.of(plain(n.low()), plain(n.high()))), List.of());
        }
        return Optional.of(scope);
    }

    private boolean numeric(ColumnRef c) {
        var p = ctx.profile(c.table(), c.column());
        return p != null && p.type().isNumeric();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Scope withoutConditionOn(Scope s, ColumnRef c) {
        return new Scope(s.table(), s.joins(), s.conditions().stream().filter(x -> !x.column().equals(c)).toList(), s.date());
    }

    private static boolean afterGroupBy(Resolution r, Match m) {
        int offset = r.question().offsets().get(m.start());
        return r.cues().groupBy().stream().anyMatch(g -> g <= offset && offset - g <= 4);
    }

    /** "by country and shipper": a second group-by column joined by "and". */
    private static boolean afterAnd(Resolution r, Match m) {
        return m.start() > 0 && r.question().tokens().get(m.start() - 1).lower().equals("and");
    }

    private static List<Match> tableMatches(Resolution r) {
        return r.matchesOf(Target.TableTarget.class);
    }

    /** "which customer has the most orders": the table named that is not the one counted. */
    private String entityTable(Resolution r, String counted) {
        for (Match m : tableMatches(r)) {
            for (Target.TableTarget t : m.targetsOf(Target.TableTarget.class)) {
                if (!t.table().equals(counted) && ctx.path(counted, t.table()).isPresent()) {
                    return t.table();
                }
            }
        }
        return counted;
    }

    private QueryPlan search(Resolution r) {
        Set<String> stop = Set.of("document", "documents", "doc", "docs", "file", "files", "email", "emails", "e-mail", "e-mails",
                "mention", "mentions", "mentioning", "contain", "containing", "about", "find", "search", "look", "message", "messages");
        List<String> words = r.keywords().stream().filter(k -> !stop.contains(k)).toList();
        String table = ctx.catalog().table("documents").isPresent() ? "documents" : "facts";
        if (words.isEmpty() || ctx.catalog().table(table).isEmpty()) {
            return new QueryPlan.Clarify("Which words should the documents contain?", List.of("documents mentioning invoice"));
        }
        CatalogTable t = ctx.table(table);
        List<String> text = t.columns().stream().map(c -> c.name()).filter(n -> Set.of("text", "title", "subject", "body").contains(n)).toList();
        if (text.isEmpty()) {
            return new QueryPlan.Clarify("The " + t.label() + " table has no text to search.", List.of());
        }
        return new QueryPlan.DocumentSearch(text, List.copyOf(new LinkedHashSet<>(words)), Scope.of(table), 20);
    }

    private QueryPlan unknown(Resolution r) {
        if (!r.unknown().isEmpty()) {
            return new QueryPlan.Clarify("I do not know " + quote(r.unknown()) + " in this catalog.", examples());
        }
        return new QueryPlan.Clarify("I could not find anything from the catalog in your question.", examples());
    }

    private List<String> examples() {
        List<String> out = new ArrayList<>();
        for (CatalogTable t : ctx.catalog().tables()) {
            if (out.size() >= 3) {
                break;
            }
            t.dimensions().stream().filter(d -> !d.time()).findFirst()
                    .ifPresent(d -> out.add("how many " + t.label() + " by " + d.label()));
        }
        return out;
    }

    private static String quote(List<String> words) {
        return "'" + String.join("', '", words) + "'";
    }

    private static boolean isFollowUp(Resolution r) {
        boolean names = r.matches().stream().anyMatch(m -> m.has(Target.MeasureTarget.class) || m.has(Target.TableTarget.class));
        return r.cues().followUp() || !names;
    }
}
