package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Writes registry rows in one Delta MERGE keyed by dataset name: new datasets are inserted, known
 * ones updated, and datasets of re-read sources that are gone now (a deleted sheet) removed.
 */
final class RegistryUpsert {
    private static final String STALE = "_darkroom_stale";

    private RegistryUpsert() {
    }

    static void upsert(Warehouse warehouse, List<Row> rows, List<String> rereadSources) {
        Dataset<Row> fresh = warehouse.spark().createDataFrame(rows, DatasetRegistryTable.TABLE.schema());
        if (!warehouse.exists(DatasetRegistryTable.TABLE)) {
            warehouse.append(DatasetRegistryTable.TABLE, fresh);
            return;
        }
        DeltaTable registry = warehouse.delta(DatasetRegistryTable.TABLE);
        Dataset<Row> stale = registry.toDF()
                .filter(col(DatasetRegistryTable.SOURCE_PATH).isin(rereadSources.toArray()))
                .join(fresh.select(DatasetRegistryTable.DATASET), DatasetRegistryTable.DATASET, "left_anti");
        Dataset<Row> source = fresh.withColumn(STALE, lit(false)).unionByName(stale.withColumn(STALE, lit(true)));
        Map<String, String> assignments = new LinkedHashMap<>();
        for (StructField field : DatasetRegistryTable.TABLE.schema().fields()) {
            assignments.put(field.name(), "s." + field.name());
        }
        registry.as("t")
                .merge(source.as("s"), "t." + DatasetRegistryTable.DATASET + " = s." + DatasetRegistryTable.DATASET)
                .whenMatched("s." + STALE).delete()
                .whenMatched().updateExpr(assignments)
                .whenNotMatched("NOT s." + STALE).insertExpr(assignments)
                .execute();
    }
}
