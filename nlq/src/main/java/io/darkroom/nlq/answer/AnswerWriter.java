package io.darkroom.nlq.answer;

import io.darkroom.core.catalog.Measure;
import io.darkroom.nlq.exec.Execution;
import io.darkroom.nlq.plan.ColumnRef;
import io.darkroom.nlq.plan.Condition;
import io.darkroom.nlq.plan.QueryPlan;
import io.darkroom.nlq.plan.Scope;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 5: the plan and its result in words: how the question was read, a sentence built only from
 * the result's numbers, a chart, follow-ups and a confidence. Empty results say so and name a
 * filter to relax.
 */
public final class AnswerWriter {

    public Answer write(String question, QueryPlan plan, Execution result, String sql, double confidence) {
        ResultTable t = result.table();
        String interpretation = plan.accept(new Interpretation());
        String sentence = plan.accept(new Sentences(t, result));
        // A row picked by its place, or a pair of rows, says itself why it is empty: the anchor may match while no row
        // lies beyond it, one side of a pair may be missing.
        if (!(plan instanceof QueryPlan.Clarify) && !(plan instanceof QueryPlan.DocumentSearch) && !(plan instanceof QueryPlan.RowAt)
                && !(plan instanceof QueryPlan.Difference) && result.available()
                && result.narrative() == null && t.rows().isEmpty()) {
            sentence = "Nothing matches " + describe(plan.scope()).trim() + "." + relax(plan.scope());
        }
        if (plan instanceof QueryPlan.Aggregate && !t.rows().isEmpty() && isZero(t.rows().get(0).get(0))) {
            sentence = sentence + relax(plan.scope());
        }
        boolean clarify = plan instanceof QueryPlan.Clarify;
        List<String> followUps = clarify ? ((QueryPlan.Clarify) plan).options() : followUps(plan);
        return new Answer(question, plan.kind(), interpretation, sentence, t, sql, Charts.of(plan, t), followUps,
                clarify || !result.available() ? 0.0 : confidence, plan.scope() == null ? null : plan.scope().table());
    }

    private static boolean isZero(Object v) {
        return v == null || (v instanceof Number n && n.doubleValue() == 0);
    }

    private static String relax(Scope s) {
        if (s == null) {
            return "";
        }
        if (!s.conditions().isEmpty()) {
            return " Try without the condition on " + s.conditions().get(s.conditions().size() - 1).column().label() + ".";
        }
        return s.date() != null ? " Try a wider period than " + s.date().range().label() + "." : "";
    }

    /** The order a position is meant in: the rows as kept, or their dates (a table kept newest first is read upwards). */
    private static String order(QueryPlan.RowAt p) {
        return p.time() == null ? "in the table's own order" : "in order of " + p.time().label();
    }

    private static String position(QueryPlan.RowAt p) {
        return p.position().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String describe(Scope s) {
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Condition c : s.conditions()) {
            parts.add(condition(c));
        }
        String out = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        return out + (s.date() == null ? "" : " " + s.date().range().label());
    }

    private static String condition(Condition c) {
        String label = c.column().label();
        return switch (c.op()) {
            case IN -> label + " is " + String.join(" or ", c.values());
            case NOT_IN -> label + " is not " + String.join(" or ", c.values());
            case GT -> label + " above " + c.values().get(0);
            case GE -> label + " at least " + c.values().get(0);
            case LT -> label + " below " + c.values().get(0);
            case LE -> label + " at most " + c.values().get(0);
            case BETWEEN -> c.values().get(0).equals(c.values().get(1)) ? label + " equal to " + c.values().get(0)
                    : label + " between " + c.values().get(0) + " and " + c.values().get(1);
            case CONTAINS -> label + " contains " + c.values().get(0);
        };
    }

    private static List<String> followUps(QueryPlan plan) {
        return plan.accept(new QueryPlan.Visitor<>() {
            public List<String> aggregate(QueryPlan.Aggregate a) {
                return List.of("by month", "why?");
            }

            public List<String> breakdown(QueryPlan.Breakdown b) {
                return List.of("by month", "top 5 " + b.by().get(0).label());
            }

            public List<String> topN(QueryPlan.TopN t) {
                return List.of((t.top() ? "bottom " : "top ") + t.n() + " " + t.by().label());
            }

            public List<String> trend(QueryPlan.Trend t) {
                return List.of("why?", "forecast the next 3 months", "any anomalies?");
            }

            public List<String> compare(QueryPlan.Compare c) {
                return List.of("why?");
            }

            public List<String> lookup(QueryPlan.Lookup l) {
                return List.of();
            }

            public List<String> rowAt(QueryPlan.RowAt p) {
                return List.of();
            }

            public List<String> difference(QueryPlan.Difference d) {
                return List.of();
            }

            public List<String> why(QueryPlan.Why w) {
                return List.of("what drives " + w.measure().label() + "?");
            }

            public List<String> drivers(QueryPlan.Drivers d) {
                return List.of("by month");
            }

            public List<String> anomalies(QueryPlan.Anomalies a) {
                return List.of("why?");
            }

            public List<String> forecast(QueryPlan.Forecast f) {
                return List.of("by month");
            }

            public List<String> documentSearch(QueryPlan.DocumentSearch d) {
                return List.of();
            }

            public List<String> clarify(QueryPlan.Clarify c) {
                return c.options();
            }
        });
    }

    /** "I read this as: total freight, by ship country, in 1997 (from northwind orders)." */
    private static final class Interpretation implements QueryPlan.Visitor<String> {
        private static String read(String what, Scope s) {
            return "I read this as: " + what + describe(s) + " (from " + s.table() + ").";
        }

        public String aggregate(QueryPlan.Aggregate a) {
            return read(a.measure().label(), a.scope());
        }

        public String breakdown(QueryPlan.Breakdown b) {
            return read(b.measure().label() + ", by " + String.join(" and ", b.by().stream().map(ColumnRef::label).toList()), b.scope());
        }

        public String topN(QueryPlan.TopN t) {
            return read((t.top() ? "the top " : "the bottom ") + t.n() + " " + t.by().label() + " by " + t.measure().label(), t.scope());
        }

        public String trend(QueryPlan.Trend t) {
            return read(t.measure().label() + ", per " + t.grain().word() + " of " + t.time().label(), t.scope());
        }

        public String compare(QueryPlan.Compare c) {
            String how = switch (c.mode()) {
                case VALUES -> ", " + String.join(" vs ", c.values());
                case PREVIOUS_PERIOD, YEAR_OVER_YEAR -> ", " + String.join(" vs ", c.periods().stream().map(QueryPlan.Period::label).toList());
                case SHARE_OF_TOTAL -> ", share of the total by " + c.dimension().label();
            };
            return read(c.measure().label() + how, c.scope());
        }

        public String lookup(QueryPlan.Lookup l) {
            return read(String.join(", ", l.columns().stream().map(ColumnRef::label).toList()), l.scope());
        }

        public String difference(QueryPlan.Difference d) {
            return read(d.label() + " between " + d.first() + " and " + d.second(), d.scope());
        }

        public String rowAt(QueryPlan.RowAt p) {
            String columns = String.join(", ", p.columns().stream().map(ColumnRef::label).distinct().toList());
            if (p.adjacent()) {
                return "I read this as: " + columns + " of the row just " + position(p) + " the row" + describe(p.scope())
                        + ", " + order(p) + " (from " + p.scope().table() + ").";
            }
            return read(columns + " of the " + position(p) + " row " + order(p), p.scope());
        }

        public String why(QueryPlan.Why w) {
            return read("why " + w.measure().label() + " changed", w.scope());
        }

        public String drivers(QueryPlan.Drivers d) {
            return read("what drives " + d.measure().label(), d.scope());
        }

        public String anomalies(QueryPlan.Anomalies a) {
            return read("unusual " + a.grain().word() + "s of " + a.measure().label(), a.scope());
        }

        public String forecast(QueryPlan.Forecast f) {
            return read(f.measure().label() + " for the next " + f.horizon() + " " + f.grain().word() + "s", f.scope());
        }

        public String documentSearch(QueryPlan.DocumentSearch d) {
            return read("documents" + (d.required().isEmpty() ? "" : " containing " + String.join(" and ", d.required()))
                    + (d.keywords().isEmpty() ? "" : (d.required().isEmpty() ? "" : ",") + " mentioning " + String.join(", ", d.keywords())
                    + (d.keywords().size() > 1 ? " (most of these words first)" : "")), d.scope());
        }

        public String clarify(QueryPlan.Clarify c) {
            return "I could not read this question with confidence.";
        }
    }

    /** The result in one sentence, from the result's numbers only. */
    private static final class Sentences implements QueryPlan.Visitor<String> {
        private final ResultTable t;
        private final Execution result;

        Sentences(ResultTable t, Execution result) {
            this.t = t;
            this.result = result;
        }

        private String list(Measure m, int limit) {
            List<String> parts = new ArrayList<>();
            for (List<Object> r : t.rows().subList(0, Math.min(limit, t.rows().size()))) {
                parts.add(r.get(0) + " (" + Numbers.format(r.get(r.size() - 1), m) + ")");
            }
            return String.join(", ", parts) + (t.rows().size() > limit ? " and " + (t.rows().size() - limit) + " more" : "");
        }

        public String aggregate(QueryPlan.Aggregate a) {
            Object v = t.rows().isEmpty() ? null : t.rows().get(0).get(0);
            return capital(a.measure().label()) + describe(a.scope()) + ": " + Numbers.format(v, a.measure()) + ".";
        }

        public String breakdown(QueryPlan.Breakdown b) {
            Measure m = b.measure();
            if (b.by().size() == 2) {
                return capital(m.label()) + " by " + b.by().get(0).label() + " and " + b.by().get(1).label() + ": " + t.rows().size() + " combinations.";
            }
            return capital(m.label()) + " by " + b.by().get(0).label() + describe(b.scope()) + ": " + list(m, 5) + ".";
        }

        public String topN(QueryPlan.TopN n) {
            String head = n.n() == 1 ? "The " + n.by().label() + " with the " + (n.top() ? "highest " : "lowest ") + n.measure().label()
                    : (n.top() ? "Top " : "Bottom ") + n.n() + " " + n.by().label() + " by " + n.measure().label();
            return head + describe(n.scope()) + ": " + list(n.measure(), n.n()) + ".";
        }

        public String trend(QueryPlan.Trend tr) {
            if (t.rows().isEmpty()) {
                return "";
            }
            List<Object> peak = t.rows().get(0);
            for (List<Object> r : t.rows()) {
                if (r.get(1) != null && (peak.get(1) == null || ((Number) r.get(1)).doubleValue() > ((Number) peak.get(1)).doubleValue())) {
                    peak = r;
                }
            }
            return capital(tr.measure().label()) + " per " + tr.grain().word() + describe(tr.scope()) + " over " + t.rows().size() + " "
                    + tr.grain().word() + "s; the highest was " + peak.get(0) + " with " + Numbers.format(peak.get(1), tr.measure()) + ".";
        }

        public String compare(QueryPlan.Compare c) {
            if (c.mode() == QueryPlan.CompareMode.SHARE_OF_TOTAL) {
                List<String> parts = new ArrayList<>();
                for (List<Object> r : t.rows().subList(0, Math.min(5, t.rows().size()))) {
                    parts.add(r.get(0) + " " + Numbers.percent(((Number) r.get(2)).doubleValue()));
                }
                return "Share of " + c.measure().label() + " by " + c.dimension().label() + ": " + String.join(", ", parts) + ".";
            }
            String out = capital(c.measure().label()) + ": " + String.join(" vs ", t.rows().stream()
                    .map(r -> r.get(0) + " " + Numbers.format(r.get(1), c.measure())).toList());
            if (t.rows().size() == 2 && t.rows().get(0).get(1) instanceof Number a && t.rows().get(1).get(1) instanceof Number b && b.doubleValue() != 0) {
                double change = (a.doubleValue() - b.doubleValue()) / Math.abs(b.doubleValue());
                out += " (" + (change >= 0 ? "+" : "") + Numbers.percent(change) + ")";
            }
            return out + ".";
        }

        public String lookup(QueryPlan.Lookup l) {
            if (t.rows().size() == 1) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    parts.add(t.columns().get(i) + ": " + Numbers.format(t.rows().get(0).get(i), null));
                }
                return String.join("; ", parts) + ".";
            }
            return t.rows().size() + " rows match" + describe(l.scope()) + ".";
        }

        public String difference(QueryPlan.Difference d) {
            if (t.rows().isEmpty()) {
                return "I could not find " + d.measure().label() + " for both " + d.first() + " and " + d.second() + ".";
            }
            List<Object> r = t.rows().get(0);
            return capital(d.measure().label()) + ": " + d.first() + " " + Numbers.format(r.get(1), d.measure()) + ", " + d.second() + " "
                    + Numbers.format(r.get(2), d.measure()) + "; the difference is " + Numbers.format(r.get(0), d.measure()) + ".";
        }

        public String rowAt(QueryPlan.RowAt p) {
            if (t.rows().isEmpty()) {
                return p.adjacent() ? "No row comes " + position(p) + " the row" + describe(p.scope()) + "." : "No row matches" + describe(p.scope()) + ".";
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                parts.add(t.columns().get(i) + " " + Numbers.format(t.rows().get(0).get(i), null));
            }
            String which = p.adjacent() ? "the row just " + position(p) + " the row" + describe(p.scope())
                    : "the " + position(p) + " row" + describe(p.scope());
            return capital(which) + " (" + order(p) + ") has " + String.join(", ", parts) + ".";
        }

        public String why(QueryPlan.Why w) {
            return result.narrative();
        }

        public String drivers(QueryPlan.Drivers d) {
            return result.narrative();
        }

        public String anomalies(QueryPlan.Anomalies a) {
            return result.narrative();
        }

        public String forecast(QueryPlan.Forecast f) {
            return result.narrative();
        }

        public String documentSearch(QueryPlan.DocumentSearch d) {
            if (result.narrative() != null) {
                return result.narrative();
            }
            String words = String.join(", ", d.words());
            if (t.rows().isEmpty()) {
                return "No document mentions " + words + (d.scope().conditions().isEmpty() && d.scope().date() == null ? ""
                        : " within the filters") + "; try fewer or other words.";
            }
            int n = t.rows().size();
            return (n >= d.limit() ? "The best " + n + " of the documents that mention " : n + " document" + (n == 1 ? " mentions " : "s mention "))
                    + words + "; the best match is " + t.rows().get(0).get(1) + ".";
        }

        public String clarify(QueryPlan.Clarify c) {
            return c.reason() + (c.options().isEmpty() ? "" : " Try for example: " + String.join("; ", c.options()) + ".");
        }

        private static String capital(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
