package io.darkroom.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a column looks like: type, null share, distinct count, range, and its most frequent values
 * (the value index that questions are matched against).
 *
 * @param label        human wording of the name ("order date" for order_date)
 * @param nullShare    share of rows with no value, 0..1
 * @param distinct     approximate distinct count of non-null values
 * @param min          smallest value as text (numbers, dates), null for text columns
 * @param max          largest value as text, null for text columns
 * @param topValues    most frequent values, most frequent first (capped; empty for numbers)
 */
public record ColumnProfile(String name, String label, ColumnType type, double nullShare, long distinct,
                            String min, String max, List<ValueCount> topValues) {
    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (nullShare < 0 || nullShare > 1) {
            throw new IllegalArgumentException("Cannot profile column '" + name + "' with null share " + nullShare);
        }
        topValues = List.copyOf(topValues);
    }
}
