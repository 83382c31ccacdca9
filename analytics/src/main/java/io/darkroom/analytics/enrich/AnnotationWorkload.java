package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.DocumentsTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * How much annotation a set of documents is: CoreNLP's cost grows with the text, not with the number of
 * documents, so the stage sizes and balances its tasks by characters.
 *
 * @param documents documents to annotate
 * @param chars     their text characters (null text counts 0)
 */
public record AnnotationWorkload(long documents, long chars) {
    public AnnotationWorkload {
        if (documents < 0 || chars < 0) {
            throw new IllegalArgumentException("Cannot size an annotation of " + documents + " documents and " + chars
                    + " characters: both must be >= 0");
        }
    }

    /** Counts documents and characters of {@link EnrichmentStage#inputs} rows in one job. */
    public static AnnotationWorkload of(Dataset<Row> inputs) {
        Row r = inputs.agg(count(lit(1)), sum(coalesce(length(col(DocumentsTable.TEXT)), lit(0)))).first();
        return new AnnotationWorkload(r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1));
    }
}
