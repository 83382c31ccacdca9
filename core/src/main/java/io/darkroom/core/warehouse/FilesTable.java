package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest ledger: one row per discovered input. Invariant after every run:
 * discovered = parsed + failed + encrypted + skipped (deleted rows are past inputs: files an
 * incremental run no longer found; their documents are removed).
 */
public final class FilesTable {

    public static final String PATH = "path";
    public static final String SIZE_BYTES = "size_bytes";
    public static final String MODIFIED_AT = "modified_at";
    public static final String SHA256 = "sha256";
    public static final String MIME = "mime";
    public static final String STATUS = "status";
    public static final String ERROR_CLASS = "error_class";
    public static final String ERROR_MESSAGE = "error_message";
    public static final String DURATION_MS = "duration_ms";
    public static final String DOCUMENT_COUNT = "document_count";
    public static final String RUN_ID = "run_id";
    public static final String INGESTED_AT = "ingested_at";
    /**
     * The path whose {@code documents} rows hold this file's content (same SHA-256); null when the
     * file holds its own rows. Same content at two paths is stored once, both paths are in the ledger.
     */
    public static final String DUPLICATE_OF = "duplicate_of";

    private static final StructType SCHEMA = new StructType()
            .add(PATH, DataTypes.StringType, false)
            .add(SIZE_BYTES, DataTypes.LongType, false)
            .add(MODIFIED_AT, DataTypes.TimestampType, true)
            .add(SHA256, DataTypes.StringType, true)
            .add(MIME, DataTypes.StringType, true)
            .add(STATUS, DataTypes.StringType, false)
            .add(ERROR_CLASS, DataTypes.StringType, true)
            .add(ERROR_MESSAGE, DataTypes.StringType, true)
            .add(DURATION_MS, DataTypes.LongType, false)
            .add(DOCUMENT_COUNT, DataTypes.IntegerType, false)
            .add(RUN_ID, DataTypes.StringType, false)
            .add(INGESTED_AT, DataTypes.TimestampType, false)
            .add(DUPLICATE_OF, DataTypes.StringType, true);

    public static final WarehouseTable TABLE = new WarehouseTable("files", SCHEMA);

    /** Ledger statuses; discovered = parsed + failed + encrypted + skipped. */
    public static final String PARSED = "parsed";
    public static final String FAILED = "failed";
    public static final String ENCRYPTED = "encrypted";
    public static final String SKIPPED = "skipped";
    public static final String DELETED = "deleted";

    private FilesTable() {
    }
}
