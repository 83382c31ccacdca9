package io.darkroom.bench.latency;

import java.util.Objects;

/**
 * One timed question and the plan kind it is meant to produce ("aggregate", "breakdown", "trend").
 * A question answered with another kind is still timed, and counted as a miss in the report.
 */
record BenchQuestion(String kind, String text) {
    BenchQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static BenchQuestion aggregate(String text) {
        return new BenchQuestion("aggregate", text);
    }

    static BenchQuestion breakdown(String text) {
        return new BenchQuestion("breakdown", text);
    }

    static BenchQuestion trend(String text) {
        return new BenchQuestion("trend", text);
    }
}
