package io.darkroom.core.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which tables and rows of a warehouse one caller may see (data access control). A warehouse
 * {@linkplain Warehouse#restrictedTo restricted} to a visibility applies it on every read, so the
 * question layer, the catalog and the insights computed from it never touch hidden rows.
 */
public interface RowVisibility {
    /** False for a table the caller may not know exists (a dataset of another group). */
    boolean tableVisible(WarehouseTable table, Warehouse unrestricted);

    /** The rows of a visible table the caller may see. */
    Dataset<Row> visibleRows(WarehouseTable table, Dataset<Row> rows, Warehouse unrestricted);
}
