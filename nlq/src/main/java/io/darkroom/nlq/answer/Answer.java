package io.darkroom.nlq.answer;

import java.util.List;
import java.util.Objects;

/**
 * What a question gets back: how it was read, the result in a sentence and as a table, the SQL
 * equivalent of what ran (for display only), and follow-ups.
 *
 * @param kind           the plan kind ("aggregate", "trend", "breakdown", "clarify")
 * @param interpretation "I read this as: ..."
 * @param sentence       the answer in words
 * @param sql            the equivalent SQL text; null for clarifications
 */
public record Answer(String question, String kind, String interpretation, String sentence,
                     ResultTable table, String sql, List<String> followUps) {
    public Answer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(table, "table");
        followUps = List.copyOf(followUps);
    }

    public boolean isClarification() {
        return "clarify".equals(kind);
    }
}
