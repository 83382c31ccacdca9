package io.darkroom.analytics.facts;

import io.darkroom.core.warehouse.FactsTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

/**
 * Finds form fields in documents — lines such as "Product: TorqueLine Actuator" or "Priority: High"
 * that tickets, forms and reports repeat — and turns the frequent ones into columns. This is how a
 * folder of tickets becomes a table with product, region and priority without anyone defining it.
 */
final class FormFields {
    /** "Label: value" on its own line; labels are short capitalised phrases. */
    private static final String LINE = "^\\s*([A-Z][A-Za-z][A-Za-z /&-]{0,28}):[ \\t]+(\\S.{0,98})$";
    /** A field must appear in this share of one document type's documents ... */
    static final double MIN_SHARE_OF_TYPE = 0.3;
    /** ... and in at least this many documents. */
    static final int MIN_DOCUMENTS = 5;
    /** Fields with more distinct values than this share of their documents are free text, not categories. */
    static final double MAX_DISTINCT_SHARE = 0.5;
    static final int MAX_FIELDS = 20;

    record Discovered(List<String> labels, Dataset<Row> valuesByDocument) {
    }

    /**
     * @param documents doc_id, doc_type, text
     * @return the chosen field labels and a table doc_id + one column per label ({@code field_<label>})
     */
    Discovered discover(Dataset<Row> documents) {
        Dataset<Row> lines = documents
                .select(col("doc_id"), col("doc_type"), explode(split(col("text"), "\\r?\\n")).as("line"))
                .select(col("doc_id"), col("doc_type"),
                        normalisedLabel(regexp_extract(col("line"), LINE, 1)).as("label"),
                        trim(regexp_extract(col("line"), LINE, 2)).as("value"))
                .where(length(col("label")).gt(0).and(length(col("value")).gt(0)))
                .dropDuplicates("doc_id", "label")
                .cache();
        try {
            Dataset<Row> perType = documents.groupBy("doc_type").agg(count(lit(1)).as("type_docs"));
            List<Row> stats = lines.groupBy("doc_type", "label")
                    .agg(countDistinct("doc_id").as("docs"), countDistinct("value").as("values"))
                    .join(perType, "doc_type")
                    .where(col("docs").geq(MIN_DOCUMENTS)
                            .and(col("docs").geq(col("type_docs").multiply(MIN_SHARE_OF_TYPE)))
                            .and(col("values").leq(col("docs").multiply(MAX_DISTINCT_SHARE)))
                            .and(col("values").gt(1)))
                    .orderBy(col("docs").desc(), col("label"))
                    .collectAsList();
            List<String> labels = new ArrayList<>();
            for (Row r : stats) {
                String label = r.getString(1);
                if (!labels.contains(label) && labels.size() < MAX_FIELDS) {
                    labels.add(label);
                }
            }
            Dataset<Row> values = lines.where(col("label").isin(labels.toArray()))
                    .groupBy("doc_id").pivot("label", new ArrayList<>(labels)).agg(first("value"));
            for (String label : labels) {
                values = values.withColumnRenamed(label, FactsTable.FIELD_PREFIX + label);
            }
            return new Discovered(List.copyOf(labels), values.localCheckpoint());
        } finally {
            lines.unpersist();
        }
    }

    /** "Assigned to" → "assigned_to"; the value becomes part of a column name, so keep it plain. */
    private static Column normalisedLabel(Column raw) {
        return regexp_replace(lower(trim(raw)), "[^a-z0-9]+", "_");
    }
}
