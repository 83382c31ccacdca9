package io.darkroom.nlq.answer;

import java.util.Objects;

/**
 * A chart for an answer.
 *
 * @param type      kpi, bar, line, stacked_bar or table
 * @param vegaLite  the Vega-Lite v5 spec as JSON, data inlined; null for "table" (show the table)
 */
public record ChartSpec(String type, String vegaLite) {
    public static final ChartSpec TABLE = new ChartSpec("table", null);

    public ChartSpec {
        Objects.requireNonNull(type, "type");
    }
}
