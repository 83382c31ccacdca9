package io.darkroom.analytics.catalog;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Map;
import java.util.Objects;

/**
 * A table to put into the catalog: its warehouse name, how people call it, where it came from, its
 * rows, and what extraction knew about its columns.
 *
 * @param columnLabels original header text by column name (e.g. "Unit Price" for unit_price)
 * @param currencies   ISO 4217 currency by column name for amount columns
 */
public record TableSource(String name, String label, String source, Dataset<Row> rows,
                          Map<String, String> columnLabels, Map<String, String> currencies) {
    public TableSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rows, "rows");
        columnLabels = Map.copyOf(columnLabels);
        currencies = Map.copyOf(currencies);
    }

    public TableSource(String name, String label, String source, Dataset<Row> rows) {
        this(name, label, source, rows, Map.of(), Map.of());
    }
}
