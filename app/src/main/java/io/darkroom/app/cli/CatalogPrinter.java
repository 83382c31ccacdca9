package io.darkroom.app.cli;

import io.darkroom.analytics.catalog.OverridesMerge;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.catalog.ValueCount;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog as a business user reads it: per table what can be counted and summed, what it can be
 * sliced by (with the most frequent values), and what it is linked to, each with the other words
 * the questions understand.
 */
final class CatalogPrinter {
    private static final int TOP_VALUES = 5;
    private static final int MAX_SYNONYMS = 6;

    private CatalogPrinter() {
    }

    static void print(Catalog catalog, List<CatalogTable> tables, PrintStream out) {
        out.printf(Locale.ROOT, "Catalog version %d, built %s: %d table(s), %d relation(s)%n", catalog.version(),
                catalog.builtAt(), catalog.tables().size(), catalog.relations().size());
        for (CatalogTable t : tables) {
            out.println();
            out.printf(Locale.ROOT, "%s  (%s, %,d rows, from %s)%n", t.label(), t.name(), t.rowCount(), t.source());
            also(catalog.synonyms().get(t.name())).ifPresent(a -> out.println("  " + a));
            if (!t.measures().isEmpty()) {
                out.println("  Measures");
                for (Measure m : t.measures()) {
                    out.printf(Locale.ROOT, "    %-34s %s%s%s%n", m.label(), how(m), m.unit() == null ? "" : " in " + m.unit(),
                            also(m.synonyms()).map(a -> "   " + a).orElse(""));
                }
            }
            if (!t.dimensions().isEmpty()) {
                out.println("  Dimensions");
                for (Dimension d : t.dimensions()) {
                    out.printf(Locale.ROOT, "    %-34s %s%s%n", d.label(), d.time() ? "by day, week, month, quarter or year" : values(t, d.column()),
                            also(d.synonyms()).map(a -> "   " + a).orElse(""));
                }
            }
            List<String> valueWords = valueSynonyms(catalog, t);
            if (!valueWords.isEmpty()) {
                out.println("  Words for values");
                valueWords.forEach(w -> out.println("    " + w));
            }
            List<Relation> relations = catalog.relations().stream()
                    .filter(r -> r.fromTable().equals(t.name()) || r.toTable().equals(t.name())).toList();
            if (!relations.isEmpty()) {
                out.println("  Linked to");
                relations.forEach(r -> out.println("    " + relation(catalog, t, r)));
            }
        }
    }

    private static String how(Measure m) {
        return switch (m.aggregation()) {
            case COUNT -> "count of rows";
            case DISTINCT_COUNT -> "distinct count of " + m.column();
            case SUM -> "sum of " + m.column();
            case AVERAGE -> "average of " + m.column();
            case MIN -> "minimum of " + m.column();
            case MAX -> "maximum of " + m.column();
            case SHARE -> "share of " + m.column() + " = " + m.value();
        };
    }

    private static String values(CatalogTable t, String column) {
        List<ValueCount> top = t.columns().stream().filter(c -> c.name().equals(column)).findFirst()
                .map(ColumnProfile::topValues).orElse(List.of());
        if (top.isEmpty()) {
            return "";
        }
        String shown = top.stream().limit(TOP_VALUES).map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", "));
        return top.size() > TOP_VALUES ? shown + ", …" : shown;
    }

    private static List<String> valueSynonyms(Catalog catalog, CatalogTable t) {
        String prefix = OverridesMerge.VALUE_KEY + t.name() + ".";
        return catalog.synonyms().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getKey().substring(prefix.length()).replaceFirst("=", " = ") + "   also: " + String.join(", ", e.getValue()))
                .toList();
    }

    private static String relation(Catalog catalog, CatalogTable t, Relation r) {
        String evidence = r.containment() == 0 && r.nameSimilarity() == 0
                ? String.format(Locale.ROOT, "confidence %.2f (declared in the overrides)", r.confidence())
                : String.format(Locale.ROOT, "confidence %.2f (values shared %.0f %%, name similarity %.2f)",
                r.confidence(), 100 * r.containment(), r.nameSimilarity());
        if (r.isEntityLink()) {
            return String.format(Locale.ROOT, "%s names %s mentioned in the documents   %s", r.fromColumn(),
                    plural(r.entityType()), evidence);
        }
        boolean outgoing = r.fromTable().equals(t.name());
        String other = outgoing ? r.toTable() : r.fromTable();
        String otherLabel = catalog.table(other).map(CatalogTable::label).orElse(other);
        return String.format(Locale.ROOT, "%s = %s.%s   %s", outgoing ? r.fromColumn() : r.toColumn(), otherLabel,
                outgoing ? r.toColumn() : r.fromColumn(), evidence);
    }

    private static String plural(String entityType) {
        return Map.of("ORGANIZATION", "organisations", "PERSON", "people", "LOCATION", "places")
                .getOrDefault(entityType, entityType.toLowerCase(Locale.ROOT));
    }

    private static java.util.Optional<String> also(List<String> words) {
        if (words == null || words.isEmpty()) {
            return java.util.Optional.empty();
        }
        String shown = String.join(", ", words.subList(0, Math.min(MAX_SYNONYMS, words.size())));
        return java.util.Optional.of("also: " + shown + (words.size() > MAX_SYNONYMS ? ", …" : ""));
    }
}
