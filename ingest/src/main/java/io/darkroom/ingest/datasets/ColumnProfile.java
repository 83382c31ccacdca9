package io.darkroom.ingest.datasets;

import java.io.Serializable;
import java.util.Objects;

/**
 * What extraction learned about one column.
 *
 * @param name     lower_snake_case name in the dataset table
 * @param label    the header text as found (null when the name was generated)
 * @param type     the inferred type
 * @param nonEmpty values that were not empty or a null marker (NULL, N/A, -)
 * @param unparsed non-empty values that did not parse as {@code type}; stored as null
 */
public record ColumnProfile(String name, String label, ColumnType type, long nonEmpty, long unparsed)
        implements Serializable {
    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** ISO 4217 code of an amount column, else null. */
    public String currency() {
        return type instanceof ColumnType.AmountColumn amount ? amount.currency() : null;
    }
}
