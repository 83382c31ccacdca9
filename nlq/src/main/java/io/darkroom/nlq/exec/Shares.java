package io.darkroom.nlq.exec;

import io.darkroom.nlq.answer.ResultTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Adds each row's share of the column total; when values were named, keeps only their rows. */
final class Shares {
    private Shares() {
    }

    static ResultTable of(ResultTable t, List<String> only) {
        double total = 0;
        for (List<Object> r : t.rows()) {
            total += r.get(1) == null ? 0 : ((Number) r.get(1)).doubleValue();
        }
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            if (!only.isEmpty() && !only.contains(String.valueOf(r.get(0)))) {
                continue;
            }
            double v = r.get(1) == null ? 0 : ((Number) r.get(1)).doubleValue();
            out.add(Arrays.asList(r.get(0), r.get(1), total == 0 ? 0.0 : v / total));
        }
        return new ResultTable(List.of(t.columns().get(0), t.columns().get(1), "share"), out);
    }
}
