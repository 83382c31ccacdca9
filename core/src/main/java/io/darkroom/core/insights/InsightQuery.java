package io.darkroom.core.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an insight is asked about: a catalog measure over its table, restricted by equality filters
 * and a period; periods are half-open [from, to).
 *
 * @param measure       catalog measure name ("documents", "northwind_orders__total_freight")
 * @param table         the measure's warehouse table
 * @param timeColumn    the time column periods refer to; null when the table has none
 * @param filters       equality conditions on columns of the measure's table
 * @param from          start of the current period (inclusive), or null for all time
 * @param to            end of the current period (exclusive), or null for all time
 * @param baselineFrom  start of the comparison period for {@link Insights#why}, or null to let the analyzer choose
 * @param baselineTo    end of the comparison period (exclusive), or null
 * @param grain         time grain for anomalies and forecasts: "day", "week", "month", "quarter" or "year"
 * @param horizon       number of future periods to forecast; 0 for the other kinds
 */
public record InsightQuery(String measure, String table, String timeColumn, List<Filter> filters,
                           LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo,
                           String grain, int horizon) {
    public InsightQuery {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(table, "table");
        filters = List.copyOf(filters);
        if (horizon < 0) {
            throw new IllegalArgumentException("Cannot forecast " + horizon + " periods: the horizon must be 0 or more");
        }
    }

    /** column = value, or column != value when negated. */
    public record Filter(String column, String value, boolean negated) {
        public Filter {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }
    }
}
