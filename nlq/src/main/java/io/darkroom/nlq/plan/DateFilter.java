package io.darkroom.nlq.plan;

import io.darkroom.nlq.analyze.DateRange;

import java.util.Objects;

/** Rows whose time column falls in [from, to). */
public record DateFilter(ColumnRef column, DateRange range) {
    public DateFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(range, "range");
    }
}
