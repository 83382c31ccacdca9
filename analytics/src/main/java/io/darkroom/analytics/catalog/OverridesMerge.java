package io.darkroom.analytics.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges a user's {@link CatalogOverrides} into a freshly built catalog. An edit naming something
 * the catalog does not have is skipped and reported with its line; every other edit still applies,
 * so one typo never costs the rest of the catalog or the rest of the file.
 */
public final class OverridesMerge {
    /**
     * Key prefix of value synonyms in {@link Catalog#synonyms()}: {@code value:<table>.<column>=<value>}.
     * They come from the file alone, so a rebuild drops the previous catalog's before merging again.
     */
    public static final String VALUE_KEY = Catalog.VALUE_SYNONYM_PREFIX;

    /**
     * @param problems one "line N: what is wrong" per skipped edit, in file order
     */
    public record Result(Catalog catalog, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** The merged catalog; throws the file's problems as one user-input error when there are any. */
        public Catalog orThrow(CatalogOverrides overrides) {
            if (!problems.isEmpty()) {
                throw CatalogOverrides.invalid(overrides.file(), problems, null);
            }
            return catalog;
        }

        public Optional<DarkroomException> error(CatalogOverrides overrides) {
            return problems.isEmpty() ? Optional.empty() : Optional.of(CatalogOverrides.invalid(overrides.file(), problems, null));
        }
    }

    public static String valueKey(String table, String column, String value) {
        return Catalog.valueSynonymKey(table, column, value);
    }

    public Result apply(Catalog catalog, CatalogOverrides overrides) {
        Working w = new Working(catalog);
        List<Problem> problems = new ArrayList<>();
        for (CatalogOverrides.Edit e : overrides.edits()) {
            w.edit(e).ifPresent(p -> problems.add(new Problem(e.line(), p)));
        }
        for (CatalogOverrides.ValueSynonyms v : overrides.values()) {
            w.values(v).ifPresent(p -> problems.add(new Problem(v.line(), p)));
        }
        for (CatalogOverrides.DeclaredRelation r : overrides.relations()) {
            w.relation(r).ifPresent(p -> problems.add(new Problem(r.line(), p)));
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Result(w.catalog(catalog), problems.stream().map(p -> "line " + p.line() + ": " + p.message()).toList());
    }

    private record Problem(int line, String message) {
    }

    /** The catalog being edited, table by table, in its original order. */
    private static final class Working {
        private final Map<String, CatalogTable> tables = new LinkedHashMap<>();
        private final List<Relation> relations;
        private final Map<String, List<String>> synonyms;

        Working(Catalog catalog) {
            catalog.tables().forEach(t -> tables.put(t.name(), t));
            relations = new ArrayList<>(catalog.relations());
            synonyms = new TreeMap<>(catalog.synonyms());
        }

        Catalog catalog(Catalog base) {
            return new Catalog(base.version(), base.builtAt(), List.copyOf(tables.values()), relations, synonyms);
        }

        Optional<String> edit(CatalogOverrides.Edit e) {
            return switch (e.kind()) {
                case TABLE -> table(e.key()).map(t -> {
                    // A table's words live on its count measure, which the question layer maps to the table:
                    // rebuilt from the file every time, so a synonym deleted from the file is gone.
                    List<Measure> measures = t.measures().stream().map(m -> m.aggregation() != Aggregation.COUNT ? m
                            : new Measure(m.name(), m.label(), m.table(), m.aggregation(), m.column(), m.value(), m.unit(),
                            union(m.synonyms(), e.label() == null ? e.synonyms() : union(List.of(e.label()), e.synonyms())))).toList();
                    tables.put(t.name(), with(t, e.label() == null ? t.label() : e.label(), t.columns(), measures, t.dimensions()));
                    return Optional.<String>empty();
                }).orElseGet(() -> Optional.of(unknownTable(e.key())));
                case MEASURE -> measure(e);
                case DIMENSION -> dimension(e);
                case COLUMN -> column(e);
            };
        }

        private Optional<String> measure(CatalogOverrides.Edit e) {
            for (CatalogTable t : tables.values()) {
                for (Measure m : t.measures()) {
                    if (m.name().equals(e.key()) || m.label().equalsIgnoreCase(e.key())) {
                        List<Measure> measures = new ArrayList<>(t.measures());
                        measures.remove(m);
                        if (!e.hidden()) {
                            measures.add(t.measures().indexOf(m), new Measure(m.name(), e.label() == null ? m.label() : e.label(),
                                    m.table(), m.aggregation(), m.column(), m.value(), m.unit(), union(m.synonyms(), e.synonyms())));
                        }
                        tables.put(t.name(), with(t, t.label(), t.columns(), measures, t.dimensions()));
                        return Optional.empty();
                    }
                }
            }
            List<String> known = tables.values().stream().flatMap(t -> t.measures().stream()).map(Measure::name).toList();
            return Optional.of("unknown measure '" + e.key() + "'; known measures: " + closest(e.key(), known));
        }

        private Optional<String> dimension(CatalogOverrides.Edit e) {
            return onColumn(e.key(), "dimension", t -> t.dimensions().stream().map(Dimension::name).toList(), (t, name) -> {
                List<Dimension> dimensions = new ArrayList<>();
                for (Dimension d : t.dimensions()) {
                    if (!d.name().equals(name)) {
                        dimensions.add(d);
                    } else if (!e.hidden()) {
                        dimensions.add(new Dimension(d.name(), e.label() == null ? d.label() : e.label(), d.table(), d.column(),
                                d.time(), union(d.synonyms(), e.synonyms())));
                    }
                }
                tables.put(t.name(), with(t, t.label(), t.columns(), t.measures(), dimensions));
            });
        }

        private Optional<String> column(CatalogOverrides.Edit e) {
            return onColumn(e.key(), "column", t -> t.columns().stream().map(ColumnProfile::name).toList(), (t, name) -> {
                if (e.hidden()) {
                    // Hidden means not offered anywhere: no value index, no measure or dimension, no join on it.
                    tables.put(t.name(), with(t, t.label(),
                            t.columns().stream().filter(c -> !c.name().equals(name)).toList(),
                            t.measures().stream().filter(m -> !name.equals(m.column())).toList(),
                            t.dimensions().stream().filter(d -> !d.column().equals(name)).toList()));
                    relations.removeIf(r -> (r.fromTable().equals(t.name()) && r.fromColumn().equals(name))
                            || (r.toTable().equals(t.name()) && r.toColumn().equals(name)));
                    return;
                }
                String label = e.label();
                List<ColumnProfile> columns = t.columns().stream().map(c -> !c.name().equals(name) ? c
                        : new ColumnProfile(c.name(), label, c.type(), c.nullShare(), c.distinct(), c.min(), c.max(), c.topValues())).toList();
                // The column's dimension says the column's new name unless it was relabelled on its own.
                List<Dimension> dimensions = t.dimensions().stream().map(d -> !d.column().equals(name) || !d.label().equals(columnLabel(t, name)) ? d
                        : new Dimension(d.name(), label, d.table(), d.column(), d.time(), union(d.synonyms(), List.of(d.label())))).toList();
                tables.put(t.name(), with(t, t.label(), columns, t.measures(), dimensions));
            });
        }

        Optional<String> values(CatalogOverrides.ValueSynonyms v) {
            Optional<String> problem = onColumn(v.column(), "column", t -> t.columns().stream().map(ColumnProfile::name).toList(),
                    (t, name) -> addSynonyms(valueKey(t.name(), name, v.value()), v.synonyms()));
            return problem;
        }

        Optional<String> relation(CatalogOverrides.DeclaredRelation r) {
            Optional<String[]> from = split(r.from());
            Optional<String[]> to = split(r.to());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.of("cannot relate '" + r.from() + "' to '" + r.to() + "': write both sides as table.column");
            }
            for (String[] side : List.of(from.get(), to.get())) {
                Optional<CatalogTable> t = table(side[0]);
                if (t.isEmpty()) {
                    return Optional.of(unknownTable(side[0]));
                }
                List<String> columns = t.get().columns().stream().map(ColumnProfile::name).toList();
                if (!columns.contains(side[1])) {
                    return Optional.of("unknown column '" + side[1] + "' in table " + t.get().name() + "; known columns: " + closest(side[1], columns));
                }
                side[0] = t.get().name();
            }
            String[] f = from.get();
            String[] o = to.get();
            relations.removeIf(x -> (x.fromTable().equals(f[0]) && x.fromColumn().equals(f[1]) && x.toTable().equals(o[0]) && x.toColumn().equals(o[1]))
                    || (x.fromTable().equals(o[0]) && x.fromColumn().equals(o[1]) && x.toTable().equals(f[0]) && x.toColumn().equals(f[1])));
            // Declared, not measured: no overlap or name evidence, only the user's confidence.
            relations.add(0, new Relation(f[0], f[1], o[0], o[1], 0, 0, r.confidence()));
            return Optional.empty();
        }

        private Optional<String> onColumn(String key, String what, Function<CatalogTable, List<String>> names,
                                          java.util.function.BiConsumer<CatalogTable, String> change) {
            Optional<String[]> parts = split(key);
            if (parts.isEmpty()) {
                return Optional.of("cannot find " + what + " '" + key + "': write it as table." + what);
            }
            Optional<CatalogTable> t = table(parts.get()[0]);
            if (t.isEmpty()) {
                return Optional.of(unknownTable(parts.get()[0]));
            }
            List<String> known = names.apply(t.get());
            if (!known.contains(parts.get()[1])) {
                return Optional.of("unknown " + what + " '" + parts.get()[1] + "' in table " + t.get().name()
                        + "; known " + what + "s: " + closest(parts.get()[1], known));
            }
            change.accept(t.get(), parts.get()[1]);
            return Optional.empty();
        }

        /** A table by its warehouse name, its name without "datasets/", or its label. */
        private Optional<CatalogTable> table(String key) {
            for (CatalogTable t : tables.values()) {
                if (t.name().equals(key) || t.name().equals("datasets/" + key) || t.label().equalsIgnoreCase(key)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        private String unknownTable(String key) {
            List<String> known = tables.keySet().stream().map(n -> n.replaceFirst("^datasets/", "")).toList();
            return "unknown table '" + key + "'; known tables: " + closest(key, known);
        }

        private String columnLabel(CatalogTable t, String column) {
            return t.columns().stream().filter(c -> c.name().equals(column)).map(ColumnProfile::label).findFirst().orElse("");
        }

        private void addSynonyms(String key, List<String> words) {
            synonyms.put(key, union(synonyms.getOrDefault(key, List.of()), words));
        }

        private static Optional<String[]> split(String key) {
            int dot = key.lastIndexOf('.');
            return dot <= 0 || dot == key.length() - 1 ? Optional.empty()
                    : Optional.of(new String[]{key.substring(0, dot), key.substring(dot + 1)});
        }

        private static CatalogTable with(CatalogTable t, String label, List<ColumnProfile> columns, List<Measure> measures,
                                         List<Dimension> dimensions) {
            return new CatalogTable(t.name(), label, t.source(), t.rowCount(), columns, measures, dimensions);
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** Known names, nearest to the misspelt one first, at most ten: the fix is usually the first. */
    static String closest(String wrong, List<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        List<String> sorted = known.stream().distinct()
                .sorted(Comparator.comparingInt((String k) -> distance(w, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
                .toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(10, sorted.size())));
        return sorted.isEmpty() ? "(none)" : sorted.size() > 10 ? shown + ", … (" + sorted.size() + " in all)" : shown;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
