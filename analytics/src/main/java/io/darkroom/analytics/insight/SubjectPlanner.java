package io.darkroom.analytics.insight;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.warehouse.FactsTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * Chooses what the feed analyses: every table's row count and its summed and averaged columns
 * (plus shares), over the whole table and, for the document facts, per document type (tickets,
 * invoices and e-mails behave differently, and a measure mixed over all of them hides what each does).
 *
 * <p>Left out on purpose, because they drown real findings in noise: distinct counts, minimum and
 * maximum (they can be asked for, but rarely change for a reason), the facts table's bookkeeping
 * counts of mentions, measures whose column is empty in most rows of the scope, and scopes with
 * too few rows to say anything.
 */
public final class SubjectPlanner {
    /** Facts columns that count what enrichment found, not what the business did. */
    static final Set<String> BOOKKEEPING = Set.of(FactsTable.PEOPLE_MENTIONED, FactsTable.ORGANIZATIONS_MENTIONED,
            FactsTable.AMOUNTS_MENTIONED);

    /**
     * Facts columns that describe the file, not the business: "documents in .docx format" is never why
     * sentiment fell, and the file format mirrors the document type that already scopes subjects.
     */
    static final Set<String> FILE_PROPERTIES = Set.of(FactsTable.MIME, FactsTable.CURRENCY);

    /** Scores whose sum means nothing (a total of sentiment is not a quantity); their average is the measure. */
    public static final Set<String> SCORES = Set.of(FactsTable.SENTIMENT);

    private final FeedOptions options;

    public SubjectPlanner(FeedOptions options) {
        this.options = options;
    }

    public List<Subject> plan(Catalog catalog, Function<String, Dataset<Row>> tables) {
        List<Subject> subjects = new ArrayList<>();
        for (CatalogTable table : catalog.tables()) {
            subjects.addAll(plan(table, tables.apply(table.name())));
        }
        return subjects;
    }

    List<Subject> plan(CatalogTable table, Dataset<Row> rows) {
        String time = table.dimensions().stream().filter(Dimension::time).map(Dimension::column).findFirst().orElse(null);
        List<Measure> measures = table.measures().stream().filter(this::analysable).toList();
        List<String> columns = measures.stream().map(Measure::column).filter(java.util.Objects::nonNull).distinct().toList();
        List<String> dimensions = sliceableDimensions(table);
        List<Subject> out = new ArrayList<>();
        boolean facts = table.name().equals(FactsTable.TABLE.name());
        // One pass per table (grouped by document type for the facts) counts the rows and the filled values of
        // every measure column, instead of one count job per measure and scope.
        List<Column> counts = new ArrayList<>(List.of(count(lit(1))));
        columns.forEach(c -> counts.add(count(col(MeasureFold.quoted(c)))));
        Column[] rest = counts.subList(1, counts.size()).toArray(Column[]::new);
        Row all = rows.agg(counts.get(0), rest).first();
        for (Measure m : measures) {
            if (filledEnough(all, 0, columns, m)) {
                out.add(new Subject(m, List.of(), label(m, facts ? "documents" : table.label()), time, explaining(m, dimensions)));
            }
        }
        if (facts) {
            List<String> withoutType = dimensions.stream().filter(d -> !d.equals(FactsTable.DOC_TYPE)).toList();
            for (Row r : rows.groupBy(col(FactsTable.DOC_TYPE)).agg(counts.get(0), rest).collectAsList()) {
                String type = r.getString(0);
                for (Measure m : measures) {
                    if (type != null && filledEnough(r, 1, columns, m)) {
                        out.add(new Subject(m, List.of(new Segment.Condition(FactsTable.DOC_TYPE, type)),
                                label(m, documentTypePlural(type)), time, explaining(m, withoutType)));
                    }
                }
            }
        }
        return out;
    }

    /** The table's non-time dimensions that slice well (see {@link #sliceable}). */
    public List<String> sliceableDimensions(CatalogTable table) {
        return table.dimensions().stream().filter(d -> !d.time()).map(Dimension::column)
                .filter(c -> sliceable(table, c) && !(table.name().equals(FactsTable.TABLE.name()) && FILE_PROPERTIES.contains(c)))
                .toList();
    }

    /**
     * The dimensions that may explain a measure: not those named after its own column, which restate it
     * (sentiment_label "explains" sentiment perfectly and says nothing).
     */
    public static List<String> explaining(Measure m, List<String> dimensions) {
        return m.column() == null ? dimensions : dimensions.stream().filter(d -> !d.startsWith(m.column())).toList();
    }

    private boolean analysable(Measure m) {
        if (m.aggregation() == Aggregation.DISTINCT_COUNT || m.aggregation() == Aggregation.MIN
                || m.aggregation() == Aggregation.MAX) {
            return false;
        }
        if (m.aggregation() == Aggregation.SUM && SCORES.contains(m.column())) {
            return false;
        }
        return m.column() == null || !BOOKKEEPING.contains(m.column());
    }

    /** A column slices well when it has a handful to a few hundred values and is not an identifier or free text. */
    private boolean sliceable(CatalogTable table, String column) {
        Optional<ColumnProfile> p = table.columns().stream().filter(c -> c.name().equals(column)).findFirst();
        return p.map(c -> c.distinct() >= 2 && c.distinct() <= options.maxDimensionValues()
                && c.distinct() < Math.max(2, table.rowCount() * 0.5) && c.nullShare() < 0.98).orElse(false);
    }

    /**
     * A scope is analysed when it has enough rows, and a measure when its column is filled in at least
     * half of them. {@code counts} holds, from {@code offset}: the row count, then the filled count of each
     * of {@code columns}.
     */
    private boolean filledEnough(Row counts, int offset, List<String> columns, Measure m) {
        long n = counts.getLong(offset);
        if (n < options.minRows()) {
            return false;
        }
        if (m.column() == null) {
            return true;
        }
        long filled = counts.getLong(offset + 1 + columns.indexOf(m.column()));
        return filled >= options.minRows() && filled >= 0.5 * n;
    }

    /** "tickets", "total amount of invoices", "average sentiment of e-mails". */
    static String label(Measure m, String population) {
        return m.aggregation() == Aggregation.COUNT ? population : m.label() + " of " + population;
    }

    /** Plural people use for a document type: email → e-mails, meeting_notes → meeting notes, invoice → invoices. */
    static String documentTypePlural(String type) {
        String words = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (words.equals("email")) {
            return "e-mails";
        }
        if (words.equals("other")) {
            return "other documents";
        }
        return words.endsWith("s") ? words : words + "s";
    }
}
