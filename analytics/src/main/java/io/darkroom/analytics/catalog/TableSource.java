package io.darkroom.analytics.catalog;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Objects;

/**
 * A table to put into the catalog: its warehouse name, how people call it, where it came from and
 * its rows.
 */
public record TableSource(String name, String label, String source, Dataset<Row> rows) {
    public TableSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rows, "rows");
    }
}
