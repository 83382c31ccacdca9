package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One analysable row per document: the table insights and questions run on. This first version
 * carries the best date, its grains and the document type; the features issue adds topic,
 * sentiment, amounts, organisation, sender and location.
 */
public final class FactsTable {
    public static final String DOC_ID = "doc_id";
    public static final String FILE_PATH = "file_path";
    public static final String PARENT_ID = "parent_id";
    public static final String DOC_TYPE = "doc_type";
    public static final String MIME = "mime";
    public static final String TITLE = "title";
    /** sent_at, else created, else modified, else the source file's modification time. */
    public static final String BEST_DATE = "best_date";
    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String QUARTER = "quarter";
    public static final String YEAR = "year";

    private static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(FILE_PATH, DataTypes.StringType, false)
            .add(PARENT_ID, DataTypes.StringType, true)
            .add(DOC_TYPE, DataTypes.StringType, false)
            .add(MIME, DataTypes.StringType, true)
            .add(TITLE, DataTypes.StringType, true)
            .add(BEST_DATE, DataTypes.TimestampType, true)
            .add(DAY, DataTypes.DateType, true)
            .add(MONTH, DataTypes.StringType, true)
            .add(QUARTER, DataTypes.StringType, true)
            .add(YEAR, DataTypes.IntegerType, true);

    public static final WarehouseTable TABLE = new WarehouseTable("facts", SCHEMA);

    private FactsTable() {
    }
}
