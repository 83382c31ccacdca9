package io.darkroom.nlq.plan;

import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.nlq.answer.ResultTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * Runs a plan over the facts table with the DataFrame API; values from the question only ever
 * reach Spark as literals, never as SQL text.
 */
public final class PlanExecutor {
    private final Dataset<Row> facts;

    public PlanExecutor(Dataset<Row> facts) {
        this.facts = facts;
    }

    public ResultTable execute(QueryPlan plan) {
        return plan.accept(new QueryPlan.Visitor<>() {
            @Override
            public ResultTable aggregate(QueryPlan.Aggregate a) {
                long n = filtered(a.filter()).count();
                return new ResultTable(List.of("documents"), List.of(List.of(n)));
            }

            @Override
            public ResultTable trend(QueryPlan.Trend t) {
                return grouped(filtered(t.filter()), t.grain().column(), t.grain().word());
            }

            @Override
            public ResultTable breakdown(QueryPlan.Breakdown b) {
                return grouped(filtered(b.filter()), FactsTable.DOC_TYPE, "type");
            }

            @Override
            public ResultTable clarify(QueryPlan.Clarify c) {
                return ResultTable.EMPTY;
            }
        });
    }

    private Dataset<Row> filtered(DocumentFilter filter) {
        Column condition = lit(true);
        if (filter.docType() != null) {
            condition = condition.and(col(FactsTable.DOC_TYPE).equalTo(lit(filter.docType())));
        }
        if (filter.year() != null) {
            condition = condition.and(col(FactsTable.YEAR).equalTo(lit(filter.year())));
        }
        return facts.where(condition);
    }

    private static ResultTable grouped(Dataset<Row> rows, String column, String label) {
        List<Row> groups = rows.groupBy(col(column)).agg(count(lit(1)).as("documents"))
                .orderBy(col(column).asc_nulls_last()).collectAsList();
        List<List<Object>> out = new ArrayList<>(groups.size());
        for (Row r : groups) {
            Object key = r.isNullAt(0) ? null : r.get(0).toString();
            out.add(java.util.Arrays.asList(key, r.getLong(1)));
        }
        return new ResultTable(List.of(label, "documents"), out);
    }
}
