package io.darkroom.analytics.insight;

import org.apache.spark.sql.Column;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * A slice of rows: one to three "dimension = value" conditions joined by AND, such as
 * {@code field_product = SenseIQ Flow Sensor AND field_region = East}. Conditions are kept sorted
 * by dimension so that the same slice found by two analyzers is the same record.
 */
public record Segment(List<Condition> conditions) {
    public static final int MAX_CONDITIONS = 3;

    public Segment {
        if (conditions.isEmpty() || conditions.size() > MAX_CONDITIONS) {
            throw new IllegalArgumentException("Cannot define a segment of " + conditions.size()
                    + " conditions: it needs 1 to " + MAX_CONDITIONS);
        }
        conditions = conditions.stream().sorted(Comparator.comparing(Condition::dimension)).toList();
        if (conditions.stream().map(Condition::dimension).distinct().count() != conditions.size()) {
            throw new IllegalArgumentException("Cannot define segment " + conditions + ": a dimension appears twice");
        }
    }

    public static Segment of(String dimension, String value) {
        return new Segment(List.of(new Condition(dimension, value)));
    }

    public Segment and(String dimension, String value) {
        List<Condition> more = new java.util.ArrayList<>(conditions);
        more.add(new Condition(dimension, value));
        return new Segment(more);
    }

    /** True when every condition of this segment is also a condition of {@code other} (this is a parent of it). */
    public boolean contains(Segment other) {
        return other.conditions.containsAll(conditions);
    }

    /** The Spark filter selecting the segment's rows; a null value selects rows where the dimension is null. */
    public Column filter() {
        Column all = lit(true);
        for (Condition c : conditions) {
            Column column = col(MeasureFold.quoted(c.dimension()));
            all = all.and(c.value() == null ? column.isNull() : column.cast("string").equalTo(lit(c.value())));
        }
        return all;
    }

    /** "field_product = SenseIQ Flow Sensor, field_region = East" (column names; narration relabels them). */
    @Override
    public String toString() {
        return conditions.stream().map(Condition::toString).collect(Collectors.joining(", "));
    }

    public record Condition(String dimension, String value) {
        public Condition {
            Objects.requireNonNull(dimension, "dimension");
        }

        @Override
        public String toString() {
            return dimension + " = " + (value == null ? "(blank)" : value);
        }
    }
}
