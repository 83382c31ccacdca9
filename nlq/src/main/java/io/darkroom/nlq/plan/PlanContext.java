package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Catalog knowledge the planner and the follow-up refiner share: where a matched target sits
 * relative to the chosen table, what a table is counted and named by, its time column, and the
 * reference date that relative dates resolve against.
 */
final class PlanContext {
    /** A target placed relative to the base table: the join path that reaches it. */
    record Placed(Target target, List<Relation> path) {
    }

    private final Catalog catalog;
    private final JoinPaths joins;
    private final LocalDate fixedReference;
    private final Clock clock;

    /** @param fixedReference the date relative phrases count from; null = the time column's max, else today */
    PlanContext(Catalog catalog, LocalDate fixedReference, Clock clock) {
        this.catalog = catalog;
        this.joins = new JoinPaths(catalog);
        this.fixedReference = fixedReference;
        this.clock = clock;
    }

    Catalog catalog() {
        return catalog;
    }

    Optional<List<Relation>> path(String from, String to) {
        return joins.path(from, to);
    }

    /** The relation that would reach {@code to} from {@code from} directly but repeats rows, if any. */
    Optional<Relation> fanOut(String from, String to) {
        return joins.fanOut(from, to);
    }

    /** Whether the measure's rows add up: counts and quantities do, SUMs of scores, rates and shares do not. */
    boolean additive(Measure m) {
        if (m.aggregation() != Aggregation.SUM || m.column() == null) {
            return true;
        }
        ColumnProfile c = catalog.table(m.table()).flatMap(t -> t.columns().stream().filter(x -> x.name().equals(m.column())).findFirst())
                .orElse(null);
        return c == null || c.additive();
    }

    CatalogTable table(String name) {
        return catalog.table(name).orElseThrow(() -> new IllegalStateException("Cannot plan on table '" + name + "': not in the catalog"));
    }

    /** The target of the match nearest to the base table (same table first, then fewest joins, then most rows). */
    Optional<Placed> place(Match m, String base) {
        Placed best = null;
        long bestCount = -1;
        for (Target t : m.targets()) {
            Optional<List<Relation>> p = joins.path(base, t.table());
            if (p.isEmpty()) {
                continue;
            }
            long count = t instanceof Target.ValueTarget v ? v.count() : 0;
            if (best == null || p.get().size() < best.path().size() || (p.get().size() == best.path().size() && count > bestCount)) {
                best = new Placed(t, p.get());
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    Measure countMeasure(String table) {
        CatalogTable t = table(table);
        return t.measures().stream().filter(m -> m.aggregation() == Aggregation.COUNT).findFirst()
                .orElseGet(() -> new Measure(table + "__count", "number of " + t.label(), table, Aggregation.COUNT, null, null, null, List.of()));
    }

    /** The measure of the same column with another aggregation, from the catalog when it has one. */
    /**
     * The measure a bare "total" or "average" of a table's rows is about: its summed measure that the catalog
     * calls the total or value (documents: the amount), else its only summed measure with a unit.
     */
    Optional<Measure> mainAmount(String table) {
        List<Measure> sums = table(table).measures().stream().filter(m -> m.aggregation() == Aggregation.SUM && m.column() != null).toList();
        Optional<Measure> named = sums.stream().filter(m -> m.synonyms().contains("total") || m.synonyms().contains("value")).findFirst();
        if (named.isPresent()) {
            return named;
        }
        List<Measure> withUnit = sums.stream().filter(m -> m.unit() != null).toList();
        return withUnit.size() == 1 ? Optional.of(withUnit.get(0)) : Optional.empty();
    }

    /**
     * What to group by when the question names a column: a continuous number ("by sentiment", a score with a
     * value per row) groups by its labelled dimension ("sentiment label") where the table has one.
     */
    ColumnRef groupable(ColumnRef c) {
        ColumnProfile p = profile(c.table(), c.column());
        if (p == null || !p.type().isNumeric() || p.distinct() <= 20) {
            return c;
        }
        return table(c.table()).dimensions().stream().filter(d -> !d.time() && d.column().startsWith(c.column() + "_"))
                .findFirst().map(PlanContext::ref).orElse(c);
    }

    /** The dimension that names the people of a table's rows (documents: the sender), if one says so. */
    Optional<ColumnRef> personDimension(String table) {
        for (String word : PERSON_WORDS) {
            Optional<Dimension> d = table(table).dimensions().stream().filter(x -> !x.time())
                    .filter(x -> x.label().equals(word) || x.synonyms().contains(word)).findFirst();
            if (d.isPresent()) {
                return d.map(PlanContext::ref);
            }
        }
        return Optional.empty();
    }

    private static final List<String> PERSON_WORDS = List.of("sender", "author", "employee", "owner", "assignee", "assigned to",
            "agent", "salesperson", "sales rep", "person", "contact");

    Measure withAggregation(Measure m, Aggregation agg) {
        if (m.aggregation() == agg || m.column() == null) {
            return m;
        }
        return table(m.table()).measures().stream().filter(x -> x.aggregation() == agg && m.column().equals(x.column())).findFirst()
                .orElseGet(() -> new Measure(m.name() + "__" + agg.name().toLowerCase(java.util.Locale.ROOT),
                        word(agg) + " " + m.label().replaceFirst("^(total|average) ", ""), m.table(), agg, m.column(), null, m.unit(), List.of()));
    }

    private static String word(Aggregation agg) {
        return switch (agg) {
            case SUM -> "total";
            case AVERAGE -> "average";
            case MAX -> "highest";
            case MIN -> "lowest";
            case DISTINCT_COUNT -> "number of distinct";
            case COUNT -> "number of";
            case SHARE -> "share of";
        };
    }

    /** What rows of a table are called by: a "... name" column, else a nearly unique text column, else the first. */
    ColumnRef entityColumn(String table) {
        CatalogTable t = table(table);
        // "sales by product" is about products: its "product" column (the name) before "product code".
        String[] words = t.label().split(" ");
        String entity = io.darkroom.nlq.resolve.Words.singular(words[words.length - 1]);
        Optional<ColumnProfile> named = t.columns().stream()
                .filter(c -> c.type() == io.darkroom.core.catalog.ColumnType.STRING && (c.label().equals(entity) || c.label().equals(entity + " name")))
                .findFirst()
                .or(() -> t.columns().stream()
                .filter(c -> c.type() == io.darkroom.core.catalog.ColumnType.STRING && c.label().endsWith("name"))
                .max(Comparator.comparingLong(ColumnProfile::distinct)));
        ColumnProfile c = named.orElseGet(() -> t.columns().stream()
                .filter(x -> x.type() == io.darkroom.core.catalog.ColumnType.STRING && x.distinct() >= 0.9 * t.rowCount())
                .findFirst().orElse(t.columns().get(0)));
        return ref(table, c);
    }

    static ColumnRef ref(String table, ColumnProfile c) {
        return new ColumnRef(table, c.name(), c.label());
    }

    static ColumnRef ref(Dimension d) {
        return new ColumnRef(d.table(), d.column(), d.label());
    }

    ColumnRef ref(Target t) {
        if (t instanceof Target.DimensionTarget d) {
            return ref(d.dimension());
        }
        if (t instanceof Target.ColumnTarget c) {
            return ref(c.table(), c.column());
        }
        if (t instanceof Target.ValueTarget v) {
            return new ColumnRef(v.table(), v.column(), v.columnLabel());
        }
        if (t instanceof Target.MeasureTarget m && m.measure().column() != null) {
            ColumnProfile c = profile(m.table(), m.measure().column());
            return c == null ? new ColumnRef(m.table(), m.measure().column(), m.measure().column()) : ref(m.table(), c);
        }
        return entityColumn(t.table());
    }

    ColumnProfile profile(String table, String column) {
        return table(table).columns().stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
    }

    /** The base table's first time dimension, else that of the nearest joinable table (fewest joins). */
    Optional<Placed> timeColumn(String base) {
        Placed best = null;
        for (CatalogTable t : catalog.tables()) {
            Optional<List<Relation>> p = joins.path(base, t.name());
            Optional<Dimension> time = t.dimensions().stream().filter(Dimension::time).findFirst();
            if (p.isPresent() && time.isPresent() && (best == null || p.get().size() < best.path().size())) {
                best = new Placed(new Target.DimensionTarget(time.get()), p.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Relative dates count from the fixed reference, else the time column's last date, else today. */
    LocalDate reference(ColumnRef time) {
        if (fixedReference != null) {
            return fixedReference;
        }
        ColumnProfile p = time == null ? null : profile(time.table(), time.column());
        if (p != null && p.max() != null && p.max().length() >= 10) {
            try {
                return LocalDate.parse(p.max().substring(0, 10));
            } catch (RuntimeException unparsable) {
                return LocalDate.now(clock);
            }
        }
        return LocalDate.now(clock);
    }
}
