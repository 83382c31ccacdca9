package io.darkroom.bench.wtq;

import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.answer.ResultTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The values an answer gives, for scoring: a single-row aggregate is its scalar (the last cell); any
 * other result is its answer column, the first column (the dimension of a breakdown or ranking, the
 * requested column of a lookup). A clarification gives none.
 */
public final class AnswerValues {
    private AnswerValues() {
    }

    public static List<Object> of(Answer answer) {
        ResultTable t = answer.table();
        if (answer.isClarification() || t.rows().isEmpty() || t.columns().isEmpty()) {
            return List.of();
        }
        if (t.rows().size() == 1 && "aggregate".equals(answer.kind())) {
            List<Object> row = t.rows().get(0);
            return java.util.Collections.singletonList(row.get(row.size() - 1));
        }
        List<Object> out = new ArrayList<>();
        t.rows().forEach(r -> out.add(r.get(0)));
        return out;
    }
}
