package io.darkroom.nlq.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a question asks for, as data. Closed set: a new kind must be handled wherever plans are
 * executed, rendered or narrated. This first set counts documents; the NLQ issue adds measures,
 * TopN, Compare, Lookup, Why, Drivers, Anomalies, Forecast and DocumentSearch.
 */
public sealed interface QueryPlan {
    /** A name for output and benchmarks ("aggregate", "trend", ...). */
    String kind();

    /** Dispatch by kind. Java 17 has no pattern switch: a new kind adds a method here, breaking every visitor. */
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R aggregate(Aggregate plan);

        R trend(Trend plan);

        R breakdown(Breakdown plan);

        R clarify(Clarify plan);
    }

    /** Count the documents matching the filter. */
    record Aggregate(DocumentFilter filter) implements QueryPlan {
        public Aggregate {
            Objects.requireNonNull(filter, "filter");
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

    /** Count the documents matching the filter per time bucket. */
    record Trend(DocumentFilter filter, TimeGrain grain) implements QueryPlan {
        public Trend {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(grain, "grain");
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

    /** Count the documents matching the filter per document type. */
    record Breakdown(DocumentFilter filter) implements QueryPlan {
        public Breakdown {
            Objects.requireNonNull(filter, "filter");
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

    /** The question could not be read with confidence: say why and offer questions that work. */
    record Clarify(String reason, List<String> suggestions) implements QueryPlan {
        public Clarify {
            Objects.requireNonNull(reason, "reason");
            suggestions = List.copyOf(suggestions);
        }

        @Override
        public String kind() {
            return "clarify";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clarify(this);
        }
    }
}
