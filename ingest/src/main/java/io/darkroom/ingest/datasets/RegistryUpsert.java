package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Writes registry rows in one Delta MERGE keyed by dataset name: new datasets are inserted, known
 * ones updated, and datasets of re-read sources that are gone now (a deleted sheet) removed.
 */
final class RegistryUpsert {
    private RegistryUpsert() {
    }

    static void upsert(Warehouse warehouse, List<Row> rows, List<String> rereadSources) {
        Dataset<Row> fresh = warehouse.spark().createDataFrame(rows, DatasetRegistryTable.TABLE.schema());
        if (!warehouse.exists(DatasetRegistryTable.TABLE)) {
            warehouse.append(DatasetRegistryTable.TABLE, fresh);
            return;
        }
        Dataset<Row> stale = warehouse.read(DatasetRegistryTable.TABLE)
                .filter(col(DatasetRegistryTable.SOURCE_PATH).isin(rereadSources.toArray()))
                .join(fresh.select(DatasetRegistryTable.DATASET), DatasetRegistryTable.DATASET, "left_anti");
        warehouse.upsertAndDelete(DatasetRegistryTable.TABLE, DatasetRegistryTable.DATASET, fresh, stale);
    }
}
