package io.darkroom.nlq.answer;

import java.util.List;
import java.util.Objects;

/**
 * What a question gets back: how it was read, the result in a sentence and as a table, a chart
 * spec, the SQL equivalent of what ran (display only), follow-ups and a confidence.
 *
 * @param kind           the plan kind ("aggregate", "trend", "top_n", "clarify", ...)
 * @param interpretation "I read this as: ..."
 * @param sentence       the answer in words
 * @param sql            the equivalent SQL text; null when nothing ran as a query
 * @param chart          a Vega-Lite chart chosen from the result's shape
 * @param confidence     0..1: how sure the reading is (clarifications are 0)
 * @param tableUsed      the catalog table the answer came from, or null
 */
public record Answer(String question, String kind, String interpretation, String sentence, ResultTable table, String sql,
                     ChartSpec chart, List<String> followUps, double confidence, String tableUsed) {
    public Answer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(chart, "chart");
        followUps = List.copyOf(followUps);
    }

    public boolean isClarification() {
        return "clarify".equals(kind);
    }
}
