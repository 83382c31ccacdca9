package io.darkroom.analytics.facts;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.year;

/**
 * Builds the {@code facts} table from {@code documents}: one analysable row per document with its
 * best date and time grains and its type. Rebuilt whole on every run (cheap next to parsing).
 */
public final class FactsBuilder {
    private final Warehouse warehouse;

    public FactsBuilder(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Rebuilds the facts table; returns the number of fact rows. */
    public long rebuild() {
        Dataset<Row> facts = build(warehouse.read(DocumentsTable.TABLE)).cache();
        try {
            warehouse.replace(FactsTable.TABLE, facts);
            return facts.count();
        } finally {
            facts.unpersist();
        }
    }

    /** The facts rows for the given documents (schema {@link FactsTable}). */
    public Dataset<Row> build(Dataset<Row> documents) {
        Column bestDate = coalesce(col(DocumentsTable.SENT_AT), col(DocumentsTable.CREATED),
                col(DocumentsTable.MODIFIED), col(DocumentsTable.FILE_MODIFIED_AT));
        return documents
                .withColumn(FactsTable.BEST_DATE, bestDate)
                .select(
                        col(DocumentsTable.DOC_ID).as(FactsTable.DOC_ID),
                        col(DocumentsTable.FILE_PATH).as(FactsTable.FILE_PATH),
                        col(DocumentsTable.PARENT_ID).as(FactsTable.PARENT_ID),
                        DocumentTypes.typeOf(col(DocumentsTable.MIME), col(DocumentsTable.TEXT)).as(FactsTable.DOC_TYPE),
                        col(DocumentsTable.MIME).as(FactsTable.MIME),
                        col(DocumentsTable.TITLE).as(FactsTable.TITLE),
                        col(FactsTable.BEST_DATE),
                        to_date(col(FactsTable.BEST_DATE)).as(FactsTable.DAY),
                        date_format(col(FactsTable.BEST_DATE), "yyyy-MM").as(FactsTable.MONTH),
                        concat(year(col(FactsTable.BEST_DATE)).cast("string"), lit("-Q"),
                                quarter(col(FactsTable.BEST_DATE)).cast("string")).as(FactsTable.QUARTER),
                        year(col(FactsTable.BEST_DATE)).as(FactsTable.YEAR));
    }
}
