package io.darkroom.ingest.incremental;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The warehouse's state at the start of a run, collected to the driver: one small row per ledger
 * file and the set of paths that own rows in {@code documents}. About 200 bytes per file, so a
 * million-file share costs the driver ~200 MB; beyond that the plan should become a Spark join.
 *
 * @param ledger        every ledger row by path, deleted ones included
 * @param documentPaths every distinct {@code documents.file_path}
 */
public record LedgerSnapshot(Map<String, PriorFile> ledger, Set<String> documentPaths) {
    public static final LedgerSnapshot EMPTY = new LedgerSnapshot(Map.of(), Set.of());

    public LedgerSnapshot {
        ledger = Map.copyOf(ledger);
        documentPaths = Set.copyOf(documentPaths);
    }

    public static LedgerSnapshot read(Warehouse warehouse) {
        Map<String, PriorFile> ledger = new HashMap<>();
        if (warehouse.exists(FilesTable.TABLE)) {
            Dataset<Row> files = warehouse.read(FilesTable.TABLE);
            boolean hasDuplicateOf = List.of(files.columns()).contains(FilesTable.DUPLICATE_OF);
            Dataset<Row> selected = files.select(FilesTable.PATH, FilesTable.SIZE_BYTES, FilesTable.MODIFIED_AT,
                    FilesTable.SHA256, FilesTable.STATUS, FilesTable.MIME, FilesTable.ERROR_CLASS, FilesTable.ERROR_MESSAGE,
                    FilesTable.DOCUMENT_COUNT, hasDuplicateOf ? FilesTable.DUPLICATE_OF : FilesTable.SHA256);
            for (Row r : selected.collectAsList()) {
                Timestamp modified = r.getTimestamp(2);
                ledger.put(r.getString(0), new PriorFile(r.getString(0), r.getLong(1),
                        modified == null ? null : modified.toInstant(), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getInt(8), hasDuplicateOf ? r.getString(9) : null));
            }
        }
        Set<String> documentPaths = new HashSet<>();
        if (warehouse.exists(DocumentsTable.TABLE)) {
            for (Row r : warehouse.read(DocumentsTable.TABLE).select(DocumentsTable.FILE_PATH).distinct().collectAsList()) {
                documentPaths.add(r.getString(0));
            }
        }
        return new LedgerSnapshot(ledger, documentPaths);
    }
}
