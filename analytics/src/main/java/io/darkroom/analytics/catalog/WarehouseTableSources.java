package io.darkroom.analytics.catalog;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tables of a warehouse that belong in the catalog: the document facts and every registered dataset. */
public final class WarehouseTableSources {
    private WarehouseTableSources() {
    }

    public static List<TableSource> of(Warehouse warehouse) {
        List<TableSource> out = new ArrayList<>();
        if (warehouse.exists(FactsTable.TABLE)) {
            out.add(new TableSource(FactsTable.TABLE.name(), "documents", "documents", warehouse.read(FactsTable.TABLE)));
        }
        if (warehouse.exists(DatasetRegistryTable.TABLE)) {
            for (Row entry : warehouse.read(DatasetRegistryTable.TABLE).orderBy(DatasetRegistryTable.DATASET).collectAsList()) {
                WarehouseTable table = new WarehouseTable(entry.getAs(DatasetRegistryTable.TABLE_NAME), new StructType());
                if (!warehouse.exists(table)) {
                    continue;
                }
                Map<String, String> labels = new HashMap<>();
                Map<String, String> currencies = new HashMap<>();
                List<Row> columns = entry.getList(entry.fieldIndex(DatasetRegistryTable.COLUMNS));
                for (Row c : columns) {
                    String name = c.getAs(DatasetRegistryTable.COLUMN_NAME);
                    String label = c.getAs(DatasetRegistryTable.COLUMN_LABEL);
                    String currency = c.getAs(DatasetRegistryTable.COLUMN_CURRENCY);
                    if (label != null) {
                        labels.put(name, label);
                    }
                    if (currency != null) {
                        currencies.put(name, currency);
                    }
                }
                String dataset = entry.getAs(DatasetRegistryTable.DATASET);
                String sheet = entry.getAs(DatasetRegistryTable.SOURCE_TABLE);
                String source = entry.<String>getAs(DatasetRegistryTable.SOURCE_PATH) + (sheet == null ? "" : " [" + sheet + "]");
                out.add(new TableSource(table.name(), Labels.of(dataset), source, warehouse.read(table), labels, currencies));
            }
        }
        return out;
    }
}
