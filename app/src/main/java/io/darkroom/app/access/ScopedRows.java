package io.darkroom.app.access;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.RowVisibility;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * One warehouse view's row filter for a {@link DataScope}. Building a catalog calls {@code exists} and
 * {@code read} once per table, so the registry's visible datasets and the "every document visible" check
 * are computed once per view, not once per call; the view (and the tables its answerers cache) lives only
 * until the next catalog change, so it sees the registry as of its build, as its catalog does.
 */
final class ScopedRows implements RowVisibility {
    private final DataScope scope;
    private List<String> datasetTables;
    private List<String> insightTables;

    ScopedRows(DataScope scope) {
        this.scope = scope;
    }

    @Override
    public boolean tableVisible(WarehouseTable table, Warehouse unrestricted) {
        return scope.everything() || !table.name().startsWith("datasets/") || datasetTables(unrestricted).contains(table.name());
    }

    @Override
    public Dataset<Row> visibleRows(WarehouseTable table, Dataset<Row> rows, Warehouse unrestricted) {
        if (scope.everything()) {
            return rows;
        }
        String name = table.name();
        if (name.startsWith("datasets/")) {
            return rows; // the whole table or nothing: tableVisible decided
        }
        if (name.equals(FilesTable.TABLE.name())) {
            return rows.filter(scope.pathVisible(col(FilesTable.PATH)));
        }
        if (name.equals(DatasetRegistryTable.TABLE.name())) {
            return rows.filter(col(DatasetRegistryTable.TABLE_NAME).isin(datasetTables(unrestricted).toArray()));
        }
        if (name.equals(InsightsTable.TABLE.name())) {
            return rows.filter(col(InsightsTable.TABLE_NAME).isin(insightTables(unrestricted).toArray()));
        }
        List<String> columns = Arrays.asList(rows.columns());
        if (columns.contains(DocumentsTable.FILE_PATH)) {
            return rows.filter(scope.pathVisible(col(DocumentsTable.FILE_PATH)));
        }
        if (columns.contains(DocumentsTable.DOC_ID) && unrestricted.exists(DocumentsTable.TABLE)) {
            Dataset<Row> visibleIds = unrestricted.read(DocumentsTable.TABLE)
                    .filter(scope.pathVisible(col(DocumentsTable.FILE_PATH))).select(DocumentsTable.DOC_ID);
            return rows.join(visibleIds, rows.col(DocumentsTable.DOC_ID).equalTo(visibleIds.col(DocumentsTable.DOC_ID)), "left_semi");
        }
        // A table this scope does not know how to filter shows nothing rather than everything.
        return rows.filter(lit(false));
    }

    private synchronized List<String> datasetTables(Warehouse unrestricted) {
        if (datasetTables == null) {
            datasetTables = List.copyOf(scope.visibleDatasetTables(unrestricted));
        }
        return datasetTables;
    }

    /** The scope's datasets, plus the facts when no document is hidden from it. */
    synchronized List<String> insightTables(Warehouse unrestricted) {
        if (insightTables == null) {
            List<String> tables = new ArrayList<>(datasetTables(unrestricted));
            if (scope.everything() || scope.seesAllDocuments(unrestricted)) {
                tables.add(FactsTable.TABLE.name());
            }
            insightTables = List.copyOf(tables);
        }
        return insightTables;
    }
}
