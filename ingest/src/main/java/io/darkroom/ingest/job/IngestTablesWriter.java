package io.darkroom.ingest.job;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Writes one run's results so that a re-run over the same files replaces their rows instead of
 * adding more: documents first (one Delta MERGE, so readers never see a file half replaced), then
 * the ledger (MERGE by path), so the ledger never claims rows that are not there yet. The ledger
 * commit is the run's "done" marker for a file: a crash before it leaves the file looking new or
 * changed, and the next run parses it again and upserts the same doc ids (docs/ingest-runs.md).
 */
public final class IngestTablesWriter {
    /** Marks rows of the MERGE source that stand for target rows to delete. */
    private static final String STALE = "_darkroom_stale";

    private final Warehouse warehouse;

    public IngestTablesWriter(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param ledger    one row per file of this run, in the {@code files} schema
     * @param documents the documents of these files, in the {@code documents} schema
     */
    public void write(Dataset<Row> ledger, Dataset<Row> documents) {
        writeDocuments(documents, ledger.select(col(FilesTable.PATH).as(DocumentsTable.FILE_PATH)));
        writeLedger(ledger);
    }

    /**
     * Ends a run: removes the documents of files no longer found, then in one ledger commit marks
     * them {@code deleted} and stamps the unchanged files with this run (and their new modification
     * time when only the hash proved them unchanged). Same order as {@link #write}: rows first.
     *
     * @param deletedPaths ledger or orphaned document paths inside the run's scope that were not found
     * @param unchanged    rows of (path, size_bytes, modified_at) for files confirmed unchanged
     */
    public void finish(Dataset<Row> deletedPaths, Dataset<Row> unchanged, String runId) {
        if (deletedPaths.isEmpty() && unchanged.isEmpty()) {
            return;
        }
        if (!deletedPaths.isEmpty() && warehouse.exists(DocumentsTable.TABLE)) {
            warehouse.delta(DocumentsTable.TABLE).as("t")
                    .merge(deletedPaths.as("s"), "t." + DocumentsTable.FILE_PATH + " = s." + FilesTable.PATH)
                    .whenMatched().delete()
                    .execute();
        }
        if (!warehouse.exists(FilesTable.TABLE)) {
            return;
        }
        Dataset<Row> source = deletedPaths
                .withColumn(FilesTable.SIZE_BYTES, lit(null).cast("long"))
                .withColumn(FilesTable.MODIFIED_AT, lit(null).cast("timestamp"))
                .withColumn(STALE, lit(true))
                .unionByName(unchanged.withColumn(STALE, lit(false)));
        Map<String, String> delete = new LinkedHashMap<>();
        delete.put(FilesTable.STATUS, "'" + FilesTable.DELETED + "'");
        delete.put(FilesTable.DOCUMENT_COUNT, "0");
        if (List.of(warehouse.read(FilesTable.TABLE).columns()).contains(FilesTable.DUPLICATE_OF)) {
            delete.put(FilesTable.DUPLICATE_OF, "null");
        }
        delete.put(FilesTable.RUN_ID, "'" + runId + "'");
        delete.put(FilesTable.INGESTED_AT, "current_timestamp()");
        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put(FilesTable.SIZE_BYTES, "s." + FilesTable.SIZE_BYTES);
        confirm.put(FilesTable.MODIFIED_AT, "s." + FilesTable.MODIFIED_AT);
        confirm.put(FilesTable.RUN_ID, "'" + runId + "'");
        warehouse.delta(FilesTable.TABLE).as("t")
                .merge(source.as("s"), "t." + FilesTable.PATH + " = s." + FilesTable.PATH)
                .whenMatched("s." + STALE).updateExpr(delete)
                .whenMatched().updateExpr(confirm)
                .execute();
    }

    private void writeLedger(Dataset<Row> ledger) {
        if (!warehouse.exists(FilesTable.TABLE)) {
            warehouse.append(FilesTable.TABLE, ledger);
            return;
        }
        warehouse.delta(FilesTable.TABLE).as("t")
                .merge(ledger.as("s"), "t." + FilesTable.PATH + " = s." + FilesTable.PATH)
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    /**
     * Upserts this run's documents by doc id and deletes the older rows of the same files that this
     * run no longer produces (a file that now fails, an archive that lost a member). The rows to
     * delete ride in the MERGE source with a marker, which keeps it a single commit.
     */
    private void writeDocuments(Dataset<Row> documents, Dataset<Row> runPaths) {
        if (!warehouse.exists(DocumentsTable.TABLE)) {
            warehouse.append(DocumentsTable.TABLE, documents);
            return;
        }
        Dataset<Row> stale = warehouse.read(DocumentsTable.TABLE)
                .join(runPaths, DocumentsTable.FILE_PATH, "left_semi")
                .join(documents.select(DocumentsTable.DOC_ID), DocumentsTable.DOC_ID, "left_anti");
        warehouse.upsertAndDelete(DocumentsTable.TABLE, DocumentsTable.DOC_ID, documents, stale);
    }
}
