package io.darkroom.nlq.plan;

import io.darkroom.core.warehouse.FactsTable;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.nlq.analyze.DatePhrase;
import io.darkroom.nlq.analyze.DateRange;
import io.darkroom.nlq.analyze.DateSpec;
import io.darkroom.nlq.resolve.Cues;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.NumberCondition;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 3: a resolution (and the session's previous plan) in, a typed plan out. Chooses the table
 * from what matched (the one from which every matched column is reachable by many-to-one joins),
 * or asks when several fit equally; never guesses a table or a measure.
 */
public final class Planner {
    private final PlanContext ctx;
    private final FollowUps followUps;
    private final DocumentQuestions documents;
    private final RowPositions positions;
    private final RowDifferences differences;

    public Planner(Catalog catalog, LocalDate fixedReference, Clock clock) {
        this.ctx = new PlanContext(catalog, fixedReference, clock);
        this.followUps = new FollowUps(ctx);
        this.documents = new DocumentQuestions(ctx);
        this.positions = new RowPositions(ctx);
        this.differences = new RowDifferences(ctx);
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
        if (documents.looksUpByCode(r)) {
            return documents.lookupByCode(r);
        }
        if (documents.asksForDocuments(r) && r.matchesOf(Target.MeasureTarget.class).stream().allMatch(m -> namesDocumentType(r, m))) {
            return documents.search(r);
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
            return unguessed(r, build(r, FactsTable.TABLE.name(), candidates.get(FactsTable.TABLE.name())));
        }
        if (top.size() > 1 && sheetsOfOneWorkbook(top)) {
            // "total net revenue": the sheets "By product", "By region" and "Summary" of one workbook hold the same
            // business at different detail; the most summarised sheet answers a question that names no detail.
            String summary = top.stream().min(java.util.Comparator.comparingLong(t -> ctx.table(t).rowCount())).orElseThrow();
            return unguessed(r, build(r, summary, candidates.get(summary)));
        }
        if (top.size() > 1) {
            List<String> options = top.stream().map(t -> ctx.table(t).label()).toList();
            return new QueryPlan.Clarify("Your question fits several tables equally well: " + String.join(", ", options)
                    + ". Which one do you mean?", options.stream().map(o -> r.question().text() + " in " + o).toList());
        }
        return unguessed(r, build(r, top.get(0), candidates.get(top.get(0))));
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
            } else if (t instanceof Target.TableTarget tt && tt.table().equals(table)
                    && (!afterGroupBy(r, m) || COUNTING.matcher(m.text().toLowerCase(java.util.Locale.ROOT)).find())) {
                continue; // the counted table itself ("top 3 topics by number of documents" ranks by the count)
            } else if (t instanceof Target.DimensionTarget d && d.dimension().time()) {
                timeMentioned = ref;
            } else if (afterGroupBy(r, m) || (!groupBy.isEmpty() && afterAnd(r, m))) {
                groupBy.add(ctx.groupable(ref));
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
            List<DatePhrase> dates = r.question().dates();
            if (dates.size() == 1 && dates.get(0).spec().kind() == DateSpec.Kind.YEARS && scope.date() != null) {
                // "what caused the change between 2023 and 2024": 2024 against 2023, not both years against the two before
                DateSpec years = dates.get(0).spec();
                return new QueryPlan.Why(measure, scope.withDate(null), DateRange.year(years.b()), DateRange.year(years.a()));
            }
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
        Optional<QueryPlan> twoRows = differences.plan(r, scope, in);
        if (twoRows.isPresent()) {
            return twoRows.get();
        }
        Optional<QueryPlan> byPosition = positions.plan(r, scope);
        if (byPosition.isPresent()) {
            return byPosition.get();
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
        if (cues.count() && DISTINCT.matcher(r.question().text()).find()) {
            // "how many different customers did we invoice": the customers, counted once each
            ColumnRef counted = PEOPLE.matcher(r.question().text()).find() ? ctx.personDimension(scope.table()).orElse(null) : null;
            if (counted == null) {
                counted = !mentioned.isEmpty() ? mentioned.get(0) : !groupBy.isEmpty() ? groupBy.get(0) : null;
            }
            if (counted != null && counted.table().equals(scope.table())) {
                return new QueryPlan.Aggregate(new Measure(counted.column() + "__distinct", "number of distinct " + counted.label(),
                        counted.table(), Aggregation.DISTINCT_COUNT, counted.column(), null, null, List.of()), scope);
            }
        }
        if (r.rank() != null) {
            ColumnRef by = !groupBy.isEmpty() ? groupBy.get(0) : !mentioned.isEmpty() ? mentioned.get(0) : null;
            if (by == null && (r.rank().explicit() || cues.lookup() || measure.column() != null) && !tableMatches(r).isEmpty()) {
                by = ctx.entityColumn(entityTable(r, measure.table()));
            }
            if (by == null && r.question().text().startsWith("who ")) {
                // "who sends the most e-mails": the people of the table, not a single total.
                by = ctx.personDimension(measure.table()).orElse(null);
            }
            if (by == null && measure.column() != null && measure.table().equals(scope.table()) && WHICH_OR_WHO.matcher(r.question().text()).find()) {
                // "which team has the most caps", "who won the most silver medals": the row holding the extreme, named by
                // the table's naming column, not the extreme itself.
                by = ctx.entityColumn(scope.table());
            }
            boolean top = r.rank().top() != bestIsLowest(r, measure);
            if (by != null) {
                return new QueryPlan.TopN(measure, by, r.rank().n(), top, scope);
            }
            if (measure.column() != null) {
                return new QueryPlan.Aggregate(ctx.withAggregation(measure, top ? Aggregation.MAX : Aggregation.MIN), scope);
            }
            Optional<Measure> amount = cues.count() ? Optional.empty() : ctx.mainAmount(scope.table());
            if (amount.isPresent()) {
                // "smallest invoice": the invoice with the smallest amount
                return new QueryPlan.Aggregate(ctx.withAggregation(amount.get(), r.rank().top() ? Aggregation.MAX : Aggregation.MIN), scope);
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

    /**
     * "the top ranked", "the best position": on a column that numbers places (rank, position, place) the best is the
     * lowest number; "the highest rank" stays the largest, as said.
     */
    private static boolean bestIsLowest(Resolution r, Measure measure) {
        String word = r.question().text().substring(r.rank().start(), r.rank().end()).toLowerCase(java.util.Locale.ROOT);
        return measure.column() != null && PLACE_COLUMN.matcher(measure.label().toLowerCase(java.util.Locale.ROOT)).find()
                && BEST_WORDS.matcher(word).find();
    }

    /** Which table the question counts in, with its measure when one was named. */
    private Map<String, Measure> candidates(Resolution r) {
        Map<String, Measure> out = new LinkedHashMap<>();
        boolean counting = r.cues().count() && r.cues().aggregate() == Cues.Aggregate.NONE;
        Optional<Match> counted = counting ? countedMeasure(r) : Optional.empty();
        if (counted.isPresent()) {
            counted.get().targetsOf(Target.MeasureTarget.class).stream().filter(t -> t.measure().aggregation() == Aggregation.SUM)
                    .forEach(t -> out.putIfAbsent(t.table(), t.measure()));
            return out;
        }
        if (!counting) {
            for (Match m : r.matchesOf(Target.MeasureTarget.class)) {
                if (namesDocumentType(r, m)) {
                    continue;
                }
                for (Target.MeasureTarget t : m.targetsOf(Target.MeasureTarget.class)) {
                    out.putIfAbsent(t.table(), t.measure());
                }
                // "total value of invoices": the workbooks' "invoices" column competes with the invoices themselves.
                if (DocumentQuestions.namesDocumentType(m)) {
                    out.putIfAbsent(FactsTable.TABLE.name(), null);
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
     * "how many silver medals did Ukraine win", "the number of points scored by X": a count whose noun is a numeric
     * column of the table asks for that column's amount over the rows, not for the number of rows. Only the noun right
     * after "how many" / "number of" (one word such as "total" may come between) is read so; a column named elsewhere
     * ("how many games had more than 40 points") stays a condition of a row count.
     */
    private static Optional<Match> countedMeasure(Resolution r) {
        java.util.regex.Matcher phrase = COUNT_PHRASE.matcher(r.question().text().toLowerCase(java.util.Locale.ROOT));
        if (!phrase.find()) {
            return Optional.empty();
        }
        for (Match m : r.matches()) {
            int offset = r.question().offsets().get(m.start());
            if (offset < phrase.end()) {
                continue;
            }
            boolean next = r.question().text().substring(phrase.end(), offset).trim().split("\\s+").length <= 1;
            boolean amount = m.targetsOf(Target.MeasureTarget.class).stream().anyMatch(t -> t.measure().column() != null
                    && t.measure().aggregation() == Aggregation.SUM);
            return next && amount && !DocumentQuestions.namesDocumentType(m) ? Optional.of(m) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "invoices", "e-mails", "tickets": a value of the documents' type names the documents of that type,
     * even where a dataset has a column of the same name (the finance sheets' "invoices" count). An
     * explicit aggregation ("total invoices", "average invoices") still asks for that column.
     */
    private static boolean namesDocumentType(Resolution r, Match m) {
        return r.cues().aggregate() == Cues.Aggregate.NONE && DocumentQuestions.namesDocumentType(m);
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
        if (explicit == null && !r.cues().count()
                && (r.cues().aggregate() == Cues.Aggregate.SUM || r.cues().aggregate() == Cues.Aggregate.AVERAGE)) {
            // "total value of invoices", "average invoice": a total or an average of rows is of the table's amount.
            m = ctx.mainAmount(table).orElse(m);
        }
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
                // "how many invoices over 50,000": a bare amount is of the table's amount
                column = ctx.mainAmount(scope.table()).map(m -> ctx.ref(new Target.MeasureTarget(m))).orElse(null);
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

    private static final java.util.regex.Pattern WHICH_OR_WHO = java.util.regex.Pattern.compile("^(?:(?:in|on|at|for|from|of|by) )?(which|who)\\b");
    private static final java.util.regex.Pattern PLACE_COLUMN = java.util.regex.Pattern.compile("\\b(rank|ranking|position|place|pos|placing)\\b");
    private static final java.util.regex.Pattern BEST_WORDS = java.util.regex.Pattern.compile("\\b(top|best|worst|bottom|first|last)\\b");
    private static final java.util.regex.Pattern COUNT_PHRASE = java.util.regex.Pattern.compile("\\b(how many|number of)\\b");
    private static final java.util.regex.Pattern COUNTING = java.util.regex.Pattern.compile("^(number|count|total|amount) of\\b");
    private static final java.util.regex.Pattern DISTINCT = java.util.regex.Pattern.compile("\\b(different|distinct|unique)\\b");
    private static final java.util.regex.Pattern PEOPLE = java.util.regex.Pattern.compile("\\b(people|persons|senders|authors)\\b");

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

    /**
     * A plan that would answer a question nobody asked is a clarification: a name the catalog does not know
     * ("how many invoices for Acme Widgets Inc" must not count every invoice), or a count of rows the question
     * never asked to count and whose words the catalog did not know or only half-matched ("what is the
     * weather in Stuttgart", "revenue" reaching "share of revenue (%)").
     */
    private QueryPlan unguessed(Resolution r, QueryPlan plan) {
        if (plan instanceof QueryPlan.Clarify) {
            return plan;
        }
        List<String> names = unknownNames(r);
        if (!names.isEmpty()) {
            return new QueryPlan.Clarify("I do not know " + quote(names) + ": no value in this catalog is called that, so I would"
                    + " count without it. Check the spelling or ask for a list of the values.", List.of());
        }
        Optional<QueryPlan> unfiltered = UnfilteredCounts.check(r, plan);
        if (unfiltered.isPresent()) {
            return unfiltered.get();
        }
        boolean rowsPlan = plan instanceof QueryPlan.Aggregate || plan instanceof QueryPlan.Breakdown
                || plan instanceof QueryPlan.TopN || plan instanceof QueryPlan.Trend;
        Measure m = rowsPlan ? FollowUps.measureOf(plan) : null;
        boolean countsRows = m != null && m.aggregation() == Aggregation.COUNT && m.column() == null;
        boolean rowsNamed = r.cues().count() || r.matches().stream().anyMatch(x -> DocumentQuestions.namesDocumentType(x)
                || (!afterGroupBy(r, x) && x.targetsOf(Target.TableTarget.class).stream().anyMatch(t -> t.table().equals(plan.scope().table()))));
        if (countsRows && !rowsNamed && !r.cues().anyInsight()) {
            if (!r.unknown().isEmpty()) {
                return new QueryPlan.Clarify("I do not know " + quote(r.unknown()) + " in this catalog.", examples());
            }
            List<Match> loose = r.matches().stream().filter(x -> x.how() == Match.How.SYNONYM || x.how() == Match.How.FUZZY).toList();
            if (!loose.isEmpty() && loose.size() == r.matches().size()) {
                List<String> options = loose.stream().flatMap(x -> x.targets().stream()).map(t -> ctx.ref(t).label()).distinct().limit(4).toList();
                return new QueryPlan.Clarify("I am not sure what " + quote(loose.stream().map(Match::text).toList()) + " means here. Did you mean "
                        + String.join(", ", options) + "?", options.stream().map(o -> "total " + o).toList());
            }
        }
        return plan;
    }

    /** Capitalised words inside the question that the catalog did not match: names of things it does not hold. */
    private static List<String> unknownNames(Resolution r) {
        List<String> out = new ArrayList<>();
        var tokens = r.question().tokens();
        for (int i = 1; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0)) && r.unknown().contains(t.word())) {
                out.add(t.word());
            }
        }
        return out;
    }

    /** Whether the tables are sheets of the same workbook (their sources differ only in the "[sheet]" suffix). */
    private boolean sheetsOfOneWorkbook(List<String> tables) {
        return tables.stream().map(t -> ctx.table(t).source()).map(s -> s == null ? "" : s.replaceFirst(" \\[[^\\]]*\\]$", ""))
                .distinct().count() == 1 && tables.stream().allMatch(t -> {
                    String source = ctx.table(t).source();
                    return source != null && source.endsWith("]");
                });
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
