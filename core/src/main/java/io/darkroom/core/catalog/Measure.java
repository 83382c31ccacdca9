package io.darkroom.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A number users can ask for: "documents", "total invoice amount", "share of negative e-mails".
 *
 * @param name        unique id within the catalog, lower_snake_case ("total_amount")
 * @param label       how a person says it ("total amount")
 * @param table       warehouse table it aggregates ("facts", "datasets/northwind_orders")
 * @param aggregation how rows fold into the number
 * @param column      aggregated column; null for COUNT
 * @param value       for SHARE: the value whose share is measured (e.g. "negative"); else null
 * @param unit        currency code or unit when known ("EUR"), else null
 * @param synonyms    other words for it, lower case ("revenue", "sales", "turnover")
 */
public record Measure(String name, String label, String table, Aggregation aggregation, String column,
                      String value, String unit, List<String> synonyms) {
    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(aggregation, "aggregation");
        if (aggregation != Aggregation.COUNT && column == null) {
            throw new IllegalArgumentException("Cannot define measure '" + name + "': " + aggregation + " needs a column");
        }
        if (aggregation == Aggregation.SHARE && value == null) {
            throw new IllegalArgumentException("Cannot define measure '" + name + "': SHARE needs the value to measure");
        }
        synonyms = List.copyOf(synonyms);
    }
}
