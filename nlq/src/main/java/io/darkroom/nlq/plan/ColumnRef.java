package io.darkroom.nlq.plan;

import java.util.Objects;

/** A column of a catalog table, with the words users read for it. */
public record ColumnRef(String table, String column, String label) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
    }
}
