package io.darkroom.nlq.exec;

import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the executor gets a catalog table's rows ("facts", "datasets/northwind_orders"). */
@FunctionalInterface
public interface TableReader {
    Dataset<Row> read(String table);

    /**
     * The warehouse's Delta tables, each read once and cached per reader (questions are small and many), with their
     * decimals in the narrowest type that holds them ({@link CompactDecimals}: sums then run on longs).
     */
    static TableReader of(Warehouse warehouse) {
        Map<String, Dataset<Row>> cache = new ConcurrentHashMap<>();
        return table -> cache.computeIfAbsent(table,
                t -> CompactDecimals.of(warehouse.read(new WarehouseTable(t, new StructType()))).cache());
    }

    /** Fixed frames by table name (tests, ad-hoc datasets). */
    static TableReader of(Map<String, Dataset<Row>> frames) {
        Map<String, Dataset<Row>> copy = Map.copyOf(frames);
        return table -> {
            Dataset<Row> d = copy.get(table);
            if (d == null) {
                throw new IllegalArgumentException("Cannot read table '" + table + "': not loaded");
            }
            return d;
        };
    }
}
