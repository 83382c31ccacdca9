package io.darkroom.jobs;

import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.InsightsTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/**
 * What a run left in a warehouse, in terms that must not depend on where it ran: rows per Delta table, the facts
 * rows themselves, and the top insights (kind and sentence, in rank order).
 */
record WarehouseSnapshot(Map<String, Long> rowsPerTable, List<String> facts, List<String> topInsights) {
    WarehouseSnapshot {
        rowsPerTable = Map.copyOf(rowsPerTable);
        facts = List.copyOf(facts);
        topInsights = List.copyOf(topInsights);
    }

    static WarehouseSnapshot read(SparkSession spark, Path home) throws IOException {
        Path warehouse = home.resolve("warehouse");
        Map<String, Long> rows = new TreeMap<>();
        try (Stream<Path> logs = Files.walk(warehouse)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().equals("_delta_log")).toList()) {
                Path table = log.getParent();
                rows.put(warehouse.relativize(table).toString(), spark.read().format("delta").load(table.toString()).count());
            }
        }
        List<String> facts = spark.read().format("delta").load(warehouse.resolve(FactsTable.TABLE.name()).toString())
                .collectAsList().stream().map(Row::toString).sorted().toList();
        List<String> insights = spark.read().format("delta").load(warehouse.resolve(InsightsTable.TABLE.name()).toString())
                .orderBy(col(InsightsTable.RANK)).limit(10).collectAsList().stream()
                .map(r -> r.getAs(InsightsTable.KIND) + ": " + r.getAs(InsightsTable.SENTENCE)).toList();
        return new WarehouseSnapshot(rows, facts, insights);
    }
}
