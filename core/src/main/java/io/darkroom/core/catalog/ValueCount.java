package io.darkroom.core.catalog;

import java.util.Objects;

/** One distinct value of a column and how many rows hold it: an entry of the value index. */
public record ValueCount(String value, long count) {
    public ValueCount {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("Cannot count " + count + " rows for value '" + value + "'");
        }
    }
}
