package io.darkroom.nlq.exec;

import io.darkroom.nlq.answer.ResultTable;

import java.util.Objects;

/**
 * What running a plan gave: the table, and for insight kinds the analyzer's own sentence (or why
 * there is none).
 *
 * @param narrative the insight's sentence, or null for plain queries
 * @param available false when the plan needs a capability this deployment does not have yet
 */
public record Execution(ResultTable table, String narrative, boolean available) {
    public Execution {
        Objects.requireNonNull(table, "table");
    }

    public static Execution of(ResultTable table) {
        return new Execution(table, null, true);
    }
}
