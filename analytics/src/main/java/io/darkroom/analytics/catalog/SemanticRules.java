package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.warehouse.FactsTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which profiled columns become measures and which become dimensions. The rules are
 * deliberately plain so a user can predict them: numbers that are not ids are averaged, and summed
 * unless they are levels (scores, rates, shares: {@link ColumnProfile#additive()}),
 * low-cardinality text and booleans are sliced by, dates are time dimensions, and every table can be
 * counted.
 */
final class SemanticRules {
    /** Text columns with more distinct values than this (or nearly one per row) are not dimensions. */
    static final int MAX_DIMENSION_DISTINCT = 1_000;
    private static final Set<String> ID_WORDS = Set.of("id", "key", "no", "number", "uuid", "zip", "phone", "fax", "sha256");
    /** Facts columns that are plumbing or grains of best_date, not things to slice by. */
    private static final Set<String> FACTS_NOT_DIMENSIONS = Set.of(FactsTable.DOC_ID, FactsTable.FILE_PATH,
            FactsTable.PARENT_ID, FactsTable.TITLE, FactsTable.DAY, FactsTable.MONTH, FactsTable.QUARTER, FactsTable.YEAR);

    List<Measure> measures(String table, String tableLabel, long rowCount, List<ColumnProfile> columns,
                           java.util.Map<String, String> currencies) {
        List<Measure> out = new ArrayList<>();
        String countLabel = isFacts(table) ? "documents" : "number of " + tableLabel;
        out.add(new Measure(measureName(table, "count"), countLabel, table, Aggregation.COUNT, null, null, null,
                distinctWords(isFacts(table) ? List.of("number of documents", "count", "files", "docs")
                        : List.of(tableLabel, "count", "rows", "records"))));
        for (ColumnProfile c : columns) {
            if (c.type().isNumeric() && !isIdLike(c.name()) && !isCalendarPart(c.name()) && c.distinct() > 1) {
                if (c.additive()) {
                    out.add(new Measure(measureName(table, "total_" + c.name()), "total " + c.label(), table,
                            Aggregation.SUM, c.name(), null, currencies.get(c.name()), BusinessVocabulary.synonymsOf(c.label())));
                }
                // Scores, rates and shares are only ever averaged, so the bare name ("sentiment") means the average.
                List<String> averageWords = new ArrayList<>(List.of("mean " + c.label(), "avg " + c.label()));
                if (!c.additive()) {
                    averageWords.add(c.label());
                    averageWords.addAll(BusinessVocabulary.synonymsOf(c.label()));
                }
                out.add(new Measure(measureName(table, "average_" + c.name()), "average " + c.label(), table,
                        Aggregation.AVERAGE, c.name(), null, currencies.get(c.name()), distinctWords(averageWords)));
            }
            if (c.type() == ColumnType.STRING && isEntityLike(c, rowCount)) {
                out.add(new Measure(measureName(table, "distinct_" + c.name()), "number of distinct " + c.label(),
                        table, Aggregation.DISTINCT_COUNT, c.name(), null, null, List.of("unique " + c.label())));
            }
        }
        return out;
    }

    List<Dimension> dimensions(String table, long rowCount, List<ColumnProfile> columns) {
        List<Dimension> out = new ArrayList<>();
        for (ColumnProfile c : columns) {
            if (isFacts(table) && FACTS_NOT_DIMENSIONS.contains(c.name())) {
                continue;
            }
            if (c.type().isTemporal()) {
                out.add(new Dimension(c.name(), c.label(), table, c.name(), true, BusinessVocabulary.synonymsOf(c.label())));
            } else if (c.type() == ColumnType.BOOLEAN
                    || (c.type() == ColumnType.STRING && !isIdLike(c.name()) && c.distinct() > 0
                    && c.distinct() <= MAX_DIMENSION_DISTINCT && c.distinct() < 0.9 * rowCount)) {
                out.add(new Dimension(c.name(), c.label(), table, c.name(), false, BusinessVocabulary.synonymsOf(c.label())));
            }
        }
        return out;
    }

    /** Identifiers and codes: numbers that must not be summed, text that is not worth slicing by. */
    static boolean isIdLike(String column) {
        List<String> words = Labels.words(column);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        String label = String.join(" ", words);
        return ID_WORDS.contains(last) || label.endsWith("postal code") || label.endsWith("sha256");
    }

    private static boolean isCalendarPart(String column) {
        return Set.of("year", "month", "quarter", "day", "week").contains(column.toLowerCase(Locale.ROOT));
    }

    private static boolean isEntityLike(ColumnProfile c, long rowCount) {
        return c.distinct() >= 2 && c.distinct() < rowCount && !isIdLike(c.name()) && c.distinct() <= MAX_DIMENSION_DISTINCT * 10;
    }

    private static boolean isFacts(String table) {
        return FactsTable.TABLE.name().equals(table);
    }

    private static String measureName(String table, String suffix) {
        String base = isFacts(table) ? "" : table.replace("datasets/", "") + "__";
        return isFacts(table) && suffix.equals("count") ? "documents" : base + suffix;
    }

    private static List<String> distinctWords(List<String> words) {
        return List.copyOf(new java.util.LinkedHashSet<>(words));
    }
}
