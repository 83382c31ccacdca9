package io.darkroom.nlq.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of an answer: column names and values (strings, numbers or null), in display order.
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
    public static final ResultTable EMPTY = new ResultTable(List.of(), List.of());

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Cannot build a result row of " + row.size()
                        + " values for " + columns.size() + " columns");
            }
            // Collections.unmodifiableList keeps nulls (List.copyOf would reject them).
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
        Objects.requireNonNull(columns);
    }
}
