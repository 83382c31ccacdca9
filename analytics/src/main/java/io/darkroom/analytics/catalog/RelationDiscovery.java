package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Relation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;

/**
 * Finds join keys between tables by value overlap and name similarity ("automatic discovery of
 * related data sources"). Numbers overlap by chance (quantities, small codes), so numeric pairs also
 * need similar names; text pairs can stand on overlap alone when it is large.
 */
final class RelationDiscovery {
    /** Columns with more distinct values are not compared (cost; keys of huge tables come later). */
    static final int MAX_KEY_VALUES = 50_000;
    static final double MIN_CONFIDENCE = 0.6;

    record Candidate(String table, String tableLabel, ColumnProfile column, long rowCount, Set<String> values) {
    }

    List<Candidate> candidates(String table, String tableLabel, Dataset<Row> rows, long rowCount, List<ColumnProfile> columns) {
        List<Candidate> out = new ArrayList<>();
        for (ColumnProfile c : columns) {
            boolean keyType = c.type() == ColumnType.STRING || c.type() == ColumnType.INTEGER;
            if (!keyType || c.distinct() < 3 || c.distinct() > MAX_KEY_VALUES) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (Row r : rows.select(lower(trim(col(c.name()).cast("string")))).where(col(c.name()).isNotNull())
                    .distinct().limit(MAX_KEY_VALUES + 1).collectAsList()) {
                values.add(r.getString(0));
            }
            out.add(new Candidate(table, tableLabel, c, rowCount, values));
        }
        return out;
    }

    List<Relation> discover(List<Candidate> candidates) {
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate a = candidates.get(i);
                Candidate b = candidates.get(j);
                if (a.table().equals(b.table()) || a.column().type() != b.column().type()) {
                    continue;
                }
                relate(a, b).ifPresent(out::add);
            }
        }
        out.sort((x, y) -> Double.compare(y.confidence(), x.confidence()));
        return out;
    }

    private static java.util.Optional<Relation> relate(Candidate a, Candidate b) {
        Set<String> small = a.values().size() <= b.values().size() ? a.values() : b.values();
        Set<String> large = small == a.values() ? b.values() : a.values();
        long common = small.stream().filter(large::contains).count();
        if (common < 3) {
            return java.util.Optional.empty();
        }
        double containment = (double) common / small.size();
        double names = nameSimilarity(qualified(a), qualified(b));
        boolean numeric = a.column().type() == ColumnType.INTEGER;
        boolean plausible = numeric ? names >= 0.5 && containment >= 0.8
                : containment >= 0.5 && (names >= 0.3 || (containment >= 0.8 && common >= 10));
        double confidence = Math.min(1.0, containment * (0.6 + 0.4 * names));
        if (!plausible || confidence < MIN_CONFIDENCE) {
            return java.util.Optional.empty();
        }
        // The referenced side is the one whose column is unique (a primary key): relation points to it.
        boolean aIsKey = a.column().distinct() >= a.rowCount() * 0.98;
        boolean bIsKey = b.column().distinct() >= b.rowCount() * 0.98;
        Candidate from = aIsKey && !bIsKey ? b : a;
        Candidate to = from == a ? b : a;
        return java.util.Optional.of(new Relation(from.table(), from.column().name(), to.table(), to.column().name(),
                round(containment), round(names), round(confidence)));
    }

    /** A bare "id" column means "<table> id": customers.id and orders.customer_id are alike. */
    private static List<String> qualified(Candidate c) {
        List<String> words = new ArrayList<>(Labels.words(c.column().name()));
        if (words.equals(List.of("id"))) {
            List<String> table = Labels.words(c.tableLabel());
            words.add(0, Labels.singular(table.isEmpty() ? "" : table.get(table.size() - 1)));
        }
        return words;
    }

    /** Best of word overlap and character-trigram overlap of the two names. */
    static double nameSimilarity(List<String> a, List<String> b) {
        Set<String> wa = new HashSet<>();
        a.forEach(w -> wa.add(Labels.singular(w)));
        Set<String> wb = new HashSet<>();
        b.forEach(w -> wb.add(Labels.singular(w)));
        double words = jaccard(wa, wb);
        double grams = jaccard(trigrams(String.join("", a)), trigrams(String.join("", b)));
        return Math.max(words, grams);
    }

    private static Set<String> trigrams(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= t.length(); i++) {
            out.add(t.substring(i, i + 3));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long inter = a.stream().filter(b::contains).count();
        return (double) inter / union.size();
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
