package io.darkroom.nlq.plan;

import java.util.List;
import java.util.Objects;

/**
 * A row condition. Values are data from the catalog's value index or parsed numbers; they reach
 * Spark only as literals.
 */
public record Condition(ColumnRef column, Op op, List<String> values) {
    /** CONTAINS: the column's text holds the value, case-insensitively (a code in a document's title). */
    public enum Op { IN, NOT_IN, GT, GE, LT, LE, BETWEEN, CONTAINS }

    public Condition {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(op, "op");
        values = List.copyOf(values);
        int needed = op == Op.BETWEEN ? 2 : 1;
        if (values.size() < needed) {
            throw new IllegalArgumentException("Cannot filter " + column.column() + " " + op + " on " + values.size() + " values");
        }
    }

    public boolean numeric() {
        return op != Op.IN && op != Op.NOT_IN && op != Op.CONTAINS;
    }
}
