package io.darkroom.nlq.answer;

import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.nlq.plan.DocumentFilter;
import io.darkroom.nlq.plan.QueryPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan and its result into words: the interpretation, the sentence and the SQL shown to
 * the user. Sentences use only numbers from the result.
 */
public final class AnswerWriter {

    public Answer write(String question, QueryPlan plan, ResultTable table) {
        return plan.accept(new QueryPlan.Visitor<>() {
            @Override
            public Answer aggregate(QueryPlan.Aggregate a) {
                long n = ((Number) table.rows().get(0).get(0)).longValue();
                return new Answer(question, plan.kind(), "I read this as: " + describe(a.filter()) + ".",
                        "There " + (n == 1 ? "is " : "are ") + String.format("%,d", n) + " "
                                + noun(a.filter(), n) + scope(a.filter()) + ".",
                        table, sql(a.filter(), null), List.of(perMonth(a.filter()), "how many documents by type"));
            }

            @Override
            public Answer trend(QueryPlan.Trend t) {
                return new Answer(question, plan.kind(),
                        "I read this as: " + describe(t.filter()) + ", per " + t.grain().word() + ".",
                        trendSentence(t, table), table, sql(t.filter(), t.grain().column()),
                        List.of("how many documents by type"));
            }

            @Override
            public Answer breakdown(QueryPlan.Breakdown b) {
                return new Answer(question, plan.kind(),
                        "I read this as: " + describe(b.filter()) + ", by document type.",
                        breakdownSentence(b, table), table, sql(b.filter(), FactsTable.DOC_TYPE),
                        List.of(perMonth(b.filter())));
            }

            @Override
            public Answer clarify(QueryPlan.Clarify c) {
                return new Answer(question, plan.kind(), "I could not read this question.",
                        c.reason() + " Try for example: " + String.join("; ", c.suggestions()) + ".",
                        table, null, c.suggestions());
            }
        });
    }

    private static String trendSentence(QueryPlan.Trend t, ResultTable table) {
        if (table.rows().isEmpty()) {
            return "There are no " + noun(t.filter(), 2) + scope(t.filter()) + ".";
        }
        List<Object> peak = table.rows().get(0);
        long total = 0;
        for (List<Object> row : table.rows()) {
            long n = ((Number) row.get(1)).longValue();
            total += n;
            if (n > ((Number) peak.get(1)).longValue()) {
                peak = row;
            }
        }
        return String.format("%,d %s%s over %d %ss; the busiest %s was %s with %,d.", total,
                noun(t.filter(), total), scope(t.filter()), table.rows().size(), t.grain().word(),
                t.grain().word(), peak.get(0), ((Number) peak.get(1)).longValue());
    }

    private static String breakdownSentence(QueryPlan.Breakdown b, ResultTable table) {
        if (table.rows().isEmpty()) {
            return "There are no " + noun(b.filter(), 2) + scope(b.filter()) + ".";
        }
        List<String> parts = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>(table.rows());
        rows.sort((x, y) -> Long.compare(((Number) y.get(1)).longValue(), ((Number) x.get(1)).longValue()));
        for (List<Object> row : rows) {
            parts.add(String.format("%,d %s", ((Number) row.get(1)).longValue(), row.get(0)));
        }
        return "By type" + scope(b.filter()) + ": " + String.join(", ", parts) + ".";
    }

    private static String describe(DocumentFilter f) {
        return "the number of " + noun(f, 2) + scope(f);
    }

    private static String perMonth(DocumentFilter f) {
        return "how many " + noun(f, 2) + " per month" + (f.year() == null ? "" : " in " + f.year());
    }

    private static String noun(DocumentFilter f, long n) {
        String singular = f.docType() == null ? "document" : switch (f.docType()) {
            case "meeting_notes" -> n == 1 ? "set of meeting notes" : "meeting notes";
            case "email" -> "e-mail";
            default -> f.docType();
        };
        if (singular.endsWith("notes")) {
            return singular;
        }
        return n == 1 ? singular : singular + "s";
    }

    private static String scope(DocumentFilter f) {
        return f.year() == null ? "" : " in " + f.year();
    }

    /** Display-only SQL; literals come from the typed plan, which holds no raw question text. */
    private static String sql(DocumentFilter f, String groupBy) {
        List<String> where = new ArrayList<>();
        if (f.docType() != null) {
            where.add(FactsTable.DOC_TYPE + " = '" + f.docType() + "'");
        }
        if (f.year() != null) {
            where.add(FactsTable.YEAR + " = " + f.year());
        }
        String select = groupBy == null ? "SELECT COUNT(*) AS documents" : "SELECT " + groupBy + ", COUNT(*) AS documents";
        String sql = select + " FROM facts" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        if (groupBy != null) {
            sql += " GROUP BY " + groupBy + " ORDER BY " + groupBy;
        }
        return sql;
    }
}
