package io.darkroom.core.warehouse;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.config.DarkroomConfig;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Objects;

/**
 * The Delta Lake warehouse under {@code <home>/warehouse}. Knows where each table lives and how to
 * read and replace it; what goes into a table is the owning stage's business.
 */
public final class Warehouse {
    private final SparkSession spark;
    private final String root;
    /** Null for the whole warehouse; else what one caller may see (reads filtered, writes refused). */
    private final RowVisibility visibility;

    public Warehouse(SparkSession spark, DarkroomConfig config) {
        this(spark, config.homeUri() + "/warehouse");
    }

    public Warehouse(SparkSession spark, String rootUri) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.root = stripTrailingSlash(Objects.requireNonNull(rootUri, "rootUri"));
        this.visibility = null;
    }

    private Warehouse(Warehouse whole, RowVisibility visibility) {
        this.spark = whole.spark;
        this.root = whole.root;
        this.visibility = visibility;
    }

    /**
     * The same warehouse as one caller sees it: hidden tables do not exist, hidden rows are filtered
     * out of every read. Read-only, because a write through it would drop the rows it cannot see.
     */
    public Warehouse restrictedTo(RowVisibility callerVisibility) {
        return new Warehouse(unrestricted(), Objects.requireNonNull(callerVisibility, "callerVisibility"));
    }

    /** The whole warehouse (this one unless it is a restricted view). */
    public Warehouse unrestricted() {
        return visibility == null ? this : new Warehouse(spark, root);
    }

    public boolean restricted() {
        return visibility != null;
    }

    public SparkSession spark() {
        return spark;
    }

    public String root() {
        return root;
    }

    public String location(WarehouseTable table) {
        return root + "/" + table.name();
    }

    public boolean exists(WarehouseTable table) {
        return DeltaTable.isDeltaTable(spark, location(table)) && (visibility == null || visibility.tableVisible(table, unrestricted()));
    }

    /** Reads a table; fails with a user-readable message when it has not been written yet. */
    public Dataset<Row> read(WarehouseTable table) {
        if (!exists(table)) {
            throw new DarkroomException(ErrorCode.WAREHOUSE_EMPTY,
                    "Cannot read the '" + table.name() + "' table: the warehouse at " + root
                            + " has none yet; run 'darkroom ingest <folder>' (or 'darkroom demo') first");
        }
        Dataset<Row> rows = spark.read().format("delta").load(location(table));
        return visibility == null ? rows : visibility.visibleRows(table, rows, unrestricted());
    }

    /** Replaces the table's content atomically (one Delta commit); readers see old or new, never a mix. */
    public void replace(WarehouseTable table, Dataset<Row> rows) {
        refuseWriteWhenRestricted(table);
        rows.write().format("delta").mode("overwrite")
                .option("overwriteSchema", "true")
                .save(location(table));
    }

    /** Appends rows in one Delta commit, creating the table on first use. */
    public void append(WarehouseTable table, Dataset<Row> rows) {
        refuseWriteWhenRestricted(table);
        rows.write().format("delta").mode("append").save(location(table));
    }

    /**
     * One Delta commit that upserts {@code fresh} by {@code key} and deletes the {@code stale} rows
     * (rows of the table, same schema, that the new data no longer produces). Assignments are explicit:
     * updateAll/insertAll would add the helper marker column to the table under schema auto-merge.
     */
    public void upsertAndDelete(WarehouseTable table, String key, Dataset<Row> fresh, Dataset<Row> stale) {
        String marker = "_darkroom_stale";
        Dataset<Row> source = fresh.withColumn(marker, org.apache.spark.sql.functions.lit(false))
                .unionByName(stale.withColumn(marker, org.apache.spark.sql.functions.lit(true)));
        java.util.Map<String, String> assignments = new java.util.LinkedHashMap<>();
        for (String column : fresh.columns()) {
            assignments.put(column, "s." + column);
        }
        delta(table).as("t")
                .merge(source.as("s"), "t." + key + " = s." + key)
                .whenMatched("s." + marker).delete()
                .whenMatched().updateExpr(assignments)
                .whenNotMatched("NOT s." + marker).insertExpr(assignments)
                .execute();
    }

    public DeltaTable delta(WarehouseTable table) {
        refuseWriteWhenRestricted(table);
        return DeltaTable.forPath(spark, location(table));
    }

    private void refuseWriteWhenRestricted(WarehouseTable table) {
        if (visibility != null) {
            throw new IllegalStateException("Cannot write '" + table.name() + "' through a caller's restricted view of the warehouse");
        }
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
