package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The registry of datasets: one row per table found in a file (or imported), pointing at its Delta
 * table {@code datasets/<name>} and describing its columns, so the catalog and questions can use
 * datasets without opening every table. Keyed by {@link #DATASET}; a re-extraction replaces the row.
 *
 * <p>{@link #COLUMNS} holds one struct per column, in table order: the column's name in the
 * dataset table, its original header text ({@code label}), the inferred type ({@code integer},
 * {@code decimal}, {@code amount}, {@code percent}, {@code date}, {@code timestamp}, {@code boolean},
 * {@code string}), the ISO 4217 currency of an {@code amount} column, and how many non-empty values
 * were read and how many of them did not parse as the column's type (stored as null).
 */
public final class DatasetRegistryTable {
    public static final String DATASET = "dataset";
    /** {@code datasets/<name>}: the table's name under the warehouse root. */
    public static final String TABLE_NAME = "table_name";
    public static final String SOURCE_PATH = "source_path";
    public static final String RELATIVE_PATH = "relative_path";
    /** csv, tsv, xlsx, xls, ods, html. */
    public static final String SOURCE_FORMAT = "source_format";
    /** Sheet name, or "table N" for HTML; null for a CSV file. */
    public static final String SOURCE_TABLE = "source_table";
    /** 0-based position of the sheet or table in its file. */
    public static final String SOURCE_INDEX = "source_index";
    /** 0-based row of the header in the source table, null when names were generated (col_1..n). */
    public static final String HEADER_ROW = "header_row";
    public static final String ROW_COUNT = "row_count";
    /** True when the table was cut at the configured row or cell bound. */
    public static final String TRUNCATED = "truncated";
    public static final String COLUMNS = "columns";
    public static final String COLUMN_NAME = "name";
    public static final String COLUMN_LABEL = "label";
    public static final String COLUMN_TYPE = "type";
    public static final String COLUMN_CURRENCY = "currency";
    public static final String COLUMN_NON_EMPTY = "non_empty";
    public static final String COLUMN_UNPARSED = "unparsed";
    public static final String RUN_ID = "run_id";
    public static final String EXTRACTED_AT = "extracted_at";

    /** Column type names as stored in {@link #COLUMN_TYPE}. */
    public static final String TYPE_INTEGER = "integer";
    public static final String TYPE_DECIMAL = "decimal";
    public static final String TYPE_AMOUNT = "amount";
    public static final String TYPE_PERCENT = "percent";
    public static final String TYPE_DATE = "date";
    public static final String TYPE_TIMESTAMP = "timestamp";
    public static final String TYPE_BOOLEAN = "boolean";
    public static final String TYPE_STRING = "string";

    public static final StructType COLUMN_SCHEMA = new StructType()
            .add(COLUMN_NAME, DataTypes.StringType, false)
            .add(COLUMN_LABEL, DataTypes.StringType, true)
            .add(COLUMN_TYPE, DataTypes.StringType, false)
            .add(COLUMN_CURRENCY, DataTypes.StringType, true)
            .add(COLUMN_NON_EMPTY, DataTypes.LongType, false)
            .add(COLUMN_UNPARSED, DataTypes.LongType, false);

    private static final StructType SCHEMA = new StructType()
            .add(DATASET, DataTypes.StringType, false)
            .add(TABLE_NAME, DataTypes.StringType, false)
            .add(SOURCE_PATH, DataTypes.StringType, false)
            .add(RELATIVE_PATH, DataTypes.StringType, false)
            .add(SOURCE_FORMAT, DataTypes.StringType, false)
            .add(SOURCE_TABLE, DataTypes.StringType, true)
            .add(SOURCE_INDEX, DataTypes.IntegerType, false)
            .add(HEADER_ROW, DataTypes.IntegerType, true)
            .add(ROW_COUNT, DataTypes.LongType, false)
            .add(TRUNCATED, DataTypes.BooleanType, false)
            .add(COLUMNS, DataTypes.createArrayType(COLUMN_SCHEMA, false), false)
            .add(RUN_ID, DataTypes.StringType, false)
            .add(EXTRACTED_AT, DataTypes.TimestampType, false);

    /** Not under {@code datasets/}: a Delta table must not hold other tables inside its folder. */
    public static final WarehouseTable TABLE = new WarehouseTable("dataset_registry", SCHEMA);

    private DatasetRegistryTable() {
    }
}
