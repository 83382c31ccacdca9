package io.darkroom.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One table of the semantic layer: the document facts or a dataset, with its profiled columns and
 * the measures and dimensions built from them.
 *
 * @param name    warehouse table name ("facts", "datasets/northwind_orders")
 * @param label   how a person names it ("documents", "northwind orders")
 * @param source  where it came from (file path, JDBC table, "documents"), for "which table did you use?"
 */
public record CatalogTable(String name, String label, String source, long rowCount, List<ColumnProfile> columns,
                           List<Measure> measures, List<Dimension> dimensions) {
    public CatalogTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        columns = List.copyOf(columns);
        measures = List.copyOf(measures);
        dimensions = List.copyOf(dimensions);
    }
}
