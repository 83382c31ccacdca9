package io.darkroom.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Something to slice by: a categorical column (document type, region, customer) or a time column
 * with its grains.
 *
 * @param name     unique id within its table, lower_snake_case
 * @param label    how a person says it ("customer", "order date")
 * @param table    warehouse table
 * @param column   the column
 * @param time     true for date/timestamp columns (sliceable by day/week/month/quarter/year)
 * @param synonyms other words for it, lower case
 */
public record Dimension(String name, String label, String table, String column, boolean time, List<String> synonyms) {
    public Dimension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        synonyms = List.copyOf(synonyms);
    }
}
