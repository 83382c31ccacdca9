package io.darkroom.bench.questions;

import java.util.List;
import java.util.Objects;

/** What the answerer said, reduced to what grading needs (kept free of nlq types so grading tests need no Spark). */
public record Reply(String kind, String sentence, List<String> columns, List<List<Object>> rows) {
    public Reply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean clarified() {
        return kind.equals("clarify");
    }

    /** The answerer turns a plan that failed to run into a clarification; that is a crash for the benchmark. */
    public boolean failedToRun() {
        return clarified() && sentence.contains("could not compute");
    }
}
