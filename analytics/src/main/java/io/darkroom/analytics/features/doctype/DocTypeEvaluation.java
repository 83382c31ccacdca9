package io.darkroom.analytics.features.doctype;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;

/** Accuracy and per-class precision/recall of predicted types against known labels. */
public record DocTypeEvaluation(long documents, double accuracy, Map<String, ClassScore> perClass) {
    public DocTypeEvaluation {
        perClass = Map.copyOf(perClass);
    }

    /** @param support labelled documents of the class; {@code predicted} documents given the class */
    public record ClassScore(long support, long predicted, double precision, double recall) {
    }

    public static DocTypeEvaluation of(Dataset<Row> rows, String labelColumn, String predictedColumn) {
        List<Row> pairs = rows.groupBy(col(labelColumn), col(predictedColumn)).count().collectAsList();
        Map<String, long[]> counts = new TreeMap<>();
        long total = 0;
        long correct = 0;
        TreeSet<String> classes = new TreeSet<>();
        for (Row r : pairs) {
            String label = r.getString(0);
            String predicted = r.getString(1);
            long n = r.getLong(2);
            classes.add(label);
            classes.add(predicted);
            total += n;
            counts.computeIfAbsent(label, k -> new long[3])[0] += n;
            counts.computeIfAbsent(predicted, k -> new long[3])[1] += n;
            if (label.equals(predicted)) {
                correct += n;
                counts.get(label)[2] += n;
            }
        }
        Map<String, ClassScore> perClass = new TreeMap<>();
        for (String c : classes) {
            long[] v = counts.get(c);
            perClass.put(c, new ClassScore(v[0], v[1], v[1] == 0 ? 0 : v[2] / (double) v[1],
                    v[0] == 0 ? 0 : v[2] / (double) v[0]));
        }
        return new DocTypeEvaluation(total, total == 0 ? 0 : correct / (double) total, perClass);
    }

    /** A readable table for reports and logs. */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format("accuracy %.4f on %d documents%n", accuracy, documents));
        new TreeMap<>(perClass).forEach((c, s) -> out.append(String.format("  %-14s support %5d  predicted %5d  "
                + "precision %.3f  recall %.3f%n", c, s.support(), s.predicted(), s.precision(), s.recall())));
        return out.toString();
    }
}
