package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Measure;
import io.darkroom.nlq.analyze.DateRange;

import java.util.List;
import java.util.Objects;

/**
 * What a question asks for, as data: immutable, built by the {@link Planner}, run by the executor,
 * rendered as SQL and narrated by the answer writer. Closed set; Java 17 has no pattern switch, so
 * every consumer implements {@link Visitor} and a new kind breaks the build wherever it must be handled.
 */
public sealed interface QueryPlan {
    /** A name for output and benchmarks ("aggregate", "top_n", ...). */
    String kind();

    <R> R accept(Visitor<R> visitor);

    /** The rows the plan reads; null for {@link Clarify}. */
    Scope scope();

    enum CompareMode { VALUES, PREVIOUS_PERIOD, YEAR_OVER_YEAR, SHARE_OF_TOTAL }

    /** A labelled period of a comparison. */
    record Period(String label, DateRange range) {
        public Period {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(range, "range");
        }
    }

    interface Visitor<R> {
        R aggregate(Aggregate plan);
        R breakdown(Breakdown plan);
        R topN(TopN plan);
        R trend(Trend plan);
        R compare(Compare plan);
        R lookup(Lookup plan);
        R rowAt(RowAt plan);
        R difference(Difference plan);
        R why(Why plan);
        R drivers(Drivers plan);
        R anomalies(Anomalies plan);
        R forecast(Forecast plan);
        R documentSearch(DocumentSearch plan);
        R clarify(Clarify plan);
    }

    /** One number: the measure over the scope. */
    record Aggregate(Measure measure, Scope scope) implements QueryPlan {
        public Aggregate {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return "aggregate";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.aggregate(this);
        }
    }

    /** The measure per value of one or two columns. */
    record Breakdown(Measure measure, List<ColumnRef> by, Scope scope) implements QueryPlan {
        public Breakdown {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(scope, "scope");
            by = List.copyOf(by);
            if (by.isEmpty() || by.size() > 2) {
                throw new IllegalArgumentException("Cannot break down by " + by.size() + " columns: use one or two");
            }
        }

        @Override
        public String kind() {
            return "breakdown";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.breakdown(this);
        }
    }

    /** The n values of a column with the highest (top) or lowest measure. */
    record TopN(Measure measure, ColumnRef by, int n, boolean top, Scope scope) implements QueryPlan {
        public TopN {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return top ? "top_n" : "bottom_n";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.topN(this);
        }
    }

    /** The measure per time bucket, in calendar order. */
    record Trend(Measure measure, ColumnRef time, TimeGrain grain, Scope scope) implements QueryPlan {
        public Trend {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(grain, "grain");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return "trend";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.trend(this);
        }
    }

    /** Values side by side: dimension values (A vs B), two periods (period over period, year over year), or each value's share of the total. */
    record Compare(Measure measure, CompareMode mode, ColumnRef dimension, List<String> values, List<Period> periods, Scope scope) implements QueryPlan {
        public Compare {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(scope, "scope");
            values = List.copyOf(values);
            periods = List.copyOf(periods);
        }

        @Override
        public String kind() {
            return "compare";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compare(this);
        }
    }

    /** Columns of the rows matching the scope's conditions. */
    record Lookup(List<ColumnRef> columns, Scope scope, int limit) implements QueryPlan {
        public Lookup {
            Objects.requireNonNull(scope, "scope");
            columns = List.copyOf(columns);
        }

        @Override
        public String kind() {
            return "lookup";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lookup(this);
        }
    }

    /** Where a row sits in the table's own order (the order its rows were imported in). */
    enum Position {
        FIRST, LAST, BEFORE, AFTER;

        /** Whether the position names a neighbour of an anchor row rather than an end of the scope. */
        public boolean adjacent() {
            return this == BEFORE || this == AFTER;
        }

        /** The same position counted from the other end of the table. */
        public Position reversed() {
            return switch (this) {
                case FIRST -> LAST;
                case LAST -> FIRST;
                case BEFORE -> AFTER;
                case AFTER -> BEFORE;
            };
        }
    }

    /**
     * Columns of one row picked by the table's own row order, which carries meaning in the tables people
     * keep (seasons, rankings, charts): with FIRST or LAST the first or last row matching the scope;
     * with BEFORE or AFTER the row just before or after the first row matching the scope (the anchor),
     * whatever that neighbour holds. With a {@code time} column the position is meant in time ("won previous to X",
     * "the last time"): a table that lists that column newest first is read from the bottom.
     */
    record RowAt(List<ColumnRef> columns, Position position, Scope scope, ColumnRef time) implements QueryPlan {
        /** Positions in the table's order as it stands. */
        public RowAt(List<ColumnRef> columns, Position position, Scope scope) {
            this(columns, position, scope, null);
        }

        public RowAt {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(scope, "scope");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("Cannot pick a row without a column to show");
            }
            if (position.adjacent() && scope.conditions().isEmpty()) {
                throw new IllegalArgumentException("Cannot pick the row " + position.name().toLowerCase(java.util.Locale.ROOT)
                        + " another without a condition naming that row");
            }
        }

        /** Whether the plan picks a neighbour of an anchor row rather than an end of the scope. */
        public boolean adjacent() {
            return position.adjacent();
        }

        @Override
        public String kind() {
            return "row_at";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rowAt(this);
        }
    }

    /**
     * How far apart two rows are on a measure: "the difference in population between Daping and Shaoshan", "how many
     * more wins did A have than B". The measure over the scope's rows where {@code by} is {@code first}, less the same
     * where it is {@code second}, as a distance (never negative: the question names the pair, not which is larger).
     */
    record Difference(Measure measure, ColumnRef by, String first, String second, Scope scope) implements QueryPlan {
        public Difference {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(scope, "scope");
            if (first.equals(second)) {
                throw new IllegalArgumentException("Cannot take the difference of '" + first + "' with itself");
            }
        }

        /** The scope narrowed to the rows of one side. */
        public Scope side(String value) {
            return scope.withCondition(new Condition(by, Condition.Op.IN, List.of(value)), List.of());
        }

        /** The answer column's name ("difference in population"). */
        public String label() {
            return "difference in " + measure.label().replaceFirst("^(total|sum of) ", "");
        }

        @Override
        public String kind() {
            return "difference";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.difference(this);
        }
    }

    /** Why the measure changed between the baseline and current period (the insights port). */
    record Why(Measure measure, Scope scope, DateRange current, DateRange baseline) implements QueryPlan {
        public Why {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return "why";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.why(this);
        }
    }

    /** Which segments explain the measure (the insights port). */
    record Drivers(Measure measure, Scope scope) implements QueryPlan {
        public Drivers {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return "drivers";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.drivers(this);
        }
    }

    /** Unusual periods of the measure (the insights port). */
    record Anomalies(Measure measure, ColumnRef time, TimeGrain grain, Scope scope) implements QueryPlan {
        public Anomalies {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return "anomalies";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anomalies(this);
        }
    }

    /** The measure for the next periods (the insights port). */
    record Forecast(Measure measure, ColumnRef time, TimeGrain grain, int horizon, Scope scope) implements QueryPlan {
        public Forecast {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String kind() {
            return "forecast";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.forecast(this);
        }
    }

    /**
     * Documents whose text columns hold the keywords, most keywords first, with a snippet around the first
     * hit; a document must hold every required word (a code the question names) to be a hit at all.
     */
    record DocumentSearch(List<ColumnRef> text, List<String> keywords, List<String> required, Scope scope, int limit)
            implements QueryPlan {
        public DocumentSearch {
            Objects.requireNonNull(scope, "scope");
            text = List.copyOf(text);
            keywords = List.copyOf(keywords);
            required = List.copyOf(required);
            if (text.isEmpty() || (keywords.isEmpty() && required.isEmpty())) {
                throw new IllegalArgumentException("Cannot search documents without text columns and words to find");
            }
        }

        /** Every word the search looks for: the required ones first. */
        public List<String> words() {
            List<String> all = new java.util.ArrayList<>(required);
            keywords.stream().filter(k -> !all.contains(k)).forEach(all::add);
            return all;
        }

        @Override
        public String kind() {
            return "document_search";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.documentSearch(this);
        }
    }

    /** The question could not be read with confidence: say why and offer options (never a guess). */
    record Clarify(String reason, List<String> options) implements QueryPlan {
        public Clarify {
            Objects.requireNonNull(reason, "reason");
            options = List.copyOf(options);
        }

        @Override
        public String kind() {
            return "clarify";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clarify(this);
        }

        @Override
        public Scope scope() {
            return null;
        }
    }
}
