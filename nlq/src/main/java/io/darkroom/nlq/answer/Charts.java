package io.darkroom.nlq.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.darkroom.nlq.plan.QueryPlan;

import java.util.List;

/**
 * Picks a chart from the result's shape: one number → KPI, category + number → bar, time bucket +
 * number → line, two categories + number → stacked bar, anything else → the table.
 */
final class Charts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    static ChartSpec of(QueryPlan plan, ResultTable t) {
        if (t.rows().isEmpty() || plan instanceof QueryPlan.Clarify) {
            return ChartSpec.TABLE;
        }
        int cols = t.columns().size();
        boolean lastNumeric = t.rows().stream().allMatch(r -> r.get(cols - 1) == null || r.get(cols - 1) instanceof Number);
        if (cols == 1 && t.rows().size() == 1 && lastNumeric) {
            ObjectNode spec = base(t);
            spec.put("mark", "text");
            spec.putObject("encoding").putObject("text").put("field", t.columns().get(0)).put("type", "quantitative").put("format", ",");
            return new ChartSpec("kpi", write(spec));
        }
        boolean trend = plan instanceof QueryPlan.Trend;
        if (cols == 2 && lastNumeric) {
            ObjectNode spec = base(t);
            spec.put("mark", trend ? "line" : "bar");
            ObjectNode enc = spec.putObject("encoding");
            ObjectNode x = enc.putObject("x").put("field", t.columns().get(0)).put("type", trend ? "ordinal" : "nominal");
            if (!trend) {
                x.put("sort", "-y");
            }
            enc.putObject("y").put("field", t.columns().get(1)).put("type", "quantitative");
            return new ChartSpec(trend ? "line" : "bar", write(spec));
        }
        if (cols == 3 && lastNumeric && plan instanceof QueryPlan.Breakdown) {
            ObjectNode spec = base(t);
            spec.put("mark", "bar");
            ObjectNode enc = spec.putObject("encoding");
            enc.putObject("x").put("field", t.columns().get(0)).put("type", "nominal");
            enc.putObject("y").put("field", t.columns().get(2)).put("type", "quantitative").put("stack", "zero");
            enc.putObject("color").put("field", t.columns().get(1)).put("type", "nominal");
            return new ChartSpec("stacked_bar", write(spec));
        }
        return ChartSpec.TABLE;
    }

    private static ObjectNode base(ResultTable t) {
        ObjectNode spec = JSON.createObjectNode();
        spec.put("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
        ArrayNode values = spec.putObject("data").putArray("values");
        for (List<Object> row : t.rows()) {
            ObjectNode o = values.addObject();
            for (int i = 0; i < t.columns().size(); i++) {
                o.set(t.columns().get(i), JSON.valueToTree(row.get(i)));
            }
        }
        return spec;
    }

    private static String write(ObjectNode spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a chart spec: " + e.getMessage(), e);
        }
    }
}
