package io.darkroom.nlq.exec;

import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.nlq.plan.ColumnRef;
import io.darkroom.nlq.plan.Condition;
import io.darkroom.nlq.plan.DocumentWords;
import io.darkroom.nlq.plan.QueryPlan;
import io.darkroom.nlq.plan.Scope;
import io.darkroom.nlq.plan.TimeGrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL equivalent of a plan, for display only (the executor never runs it). Literals are quoted
 * with doubled single quotes; identifiers with back-ticks.
 */
public final class SqlRenderer {

    /** @return the SQL text, or null for plans that are not a query (clarifications, insights) */
    public String render(QueryPlan plan) {
        return plan.accept(new QueryPlan.Visitor<>() {
            public String aggregate(QueryPlan.Aggregate a) {
                Names n = new Names(a.scope());
                return "SELECT " + agg(a.measure(), n) + " FROM " + from(a.scope(), n) + where(a.scope(), n);
            }

            public String breakdown(QueryPlan.Breakdown b) {
                Names n = new Names(b.scope());
                List<String> by = b.by().stream().map(n::col).toList();
                return "SELECT " + String.join(", ", by) + ", " + agg(b.measure(), n) + " FROM " + from(b.scope(), n) + where(b.scope(), n)
                        + " GROUP BY " + String.join(", ", by) + " ORDER BY 2 DESC";
            }

            public String topN(QueryPlan.TopN t) {
                Names n = new Names(t.scope());
                return "SELECT " + n.col(t.by()) + ", " + agg(t.measure(), n) + " FROM " + from(t.scope(), n) + where(t.scope(), n)
                        + " GROUP BY " + n.col(t.by()) + " ORDER BY 2 " + (t.top() ? "DESC" : "ASC") + " LIMIT " + t.n();
            }

            public String trend(QueryPlan.Trend t) {
                Names n = new Names(t.scope());
                String bucket = bucket(n.col(t.time()), t.grain());
                return "SELECT " + bucket + " AS " + t.grain().word() + ", " + agg(t.measure(), n) + " FROM " + from(t.scope(), n)
                        + where(t.scope(), n) + " GROUP BY 1 ORDER BY 1";
            }

            public String compare(QueryPlan.Compare c) {
                Names n = new Names(c.scope());
                if (!c.periods().isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    for (QueryPlan.Period p : c.periods()) {
                        String time = "CAST(" + n.col(c.dimension()) + " AS DATE)";
                        String w = where(c.scope(), n);
                        String period = time + " >= DATE '" + p.range().from() + "' AND " + time + " < DATE '" + p.range().to() + "'";
                        parts.add("SELECT " + quote(p.label()) + " AS period, " + agg(c.measure(), n) + " FROM " + from(c.scope(), n)
                                + (w.isEmpty() ? " WHERE " + period : w + " AND " + period));
                    }
                    return String.join(" UNION ALL ", parts);
                }
                String by = n.col(c.dimension());
                return "SELECT " + by + ", " + agg(c.measure(), n) + (c.mode() == QueryPlan.CompareMode.SHARE_OF_TOTAL
                        ? ", " + agg(c.measure(), n) + " / SUM(" + agg(c.measure(), n) + ") OVER () AS share" : "")
                        + " FROM " + from(c.scope(), n) + where(c.scope(), n) + " GROUP BY " + by + " ORDER BY 2 DESC";
            }

            public String lookup(QueryPlan.Lookup l) {
                Names n = new Names(l.scope());
                List<String> cols = new ArrayList<>();
                l.scope().conditions().forEach(c -> cols.add(n.col(c.column())));
                l.columns().forEach(c -> cols.add(n.col(c)));
                return "SELECT DISTINCT " + String.join(", ", cols) + " FROM " + from(l.scope(), n) + where(l.scope(), n) + " LIMIT " + l.limit();
            }

            public String rowAt(QueryPlan.RowAt p) {
                Names n = new Names(p.scope());
                String cols = String.join(", ", p.columns().stream().map(n::col).distinct().toList());
                String order = (n.alias(p.scope().table()).isEmpty() ? "" : n.alias(p.scope().table()) + ".") + ROW_ORDER;
                boolean backwards = p.position() == QueryPlan.Position.LAST || p.position() == QueryPlan.Position.BEFORE;
                String tail = " ORDER BY " + (p.time() == null ? "" : "/* read from the bottom when " + n.col(p.time()) + " runs newest first */ ")
                        + order + (backwards ? " DESC" : "") + " LIMIT 1";
                if (!p.adjacent()) {
                    return "SELECT " + cols + " FROM " + fromInOrder(p.scope(), n) + where(p.scope(), n) + tail;
                }
                Scope all = new Scope(p.scope().table(), p.scope().joins(), List.of(), null);
                return "SELECT " + cols + " FROM " + fromInOrder(all, n) + " WHERE " + order + (backwards ? " < " : " > ")
                        + "(SELECT MIN(" + order + ") FROM " + fromInOrder(p.scope(), n) + where(p.scope(), n) + ")" + tail;
            }

            public String difference(QueryPlan.Difference d) {
                List<String> sides = new ArrayList<>();
                for (String value : List.of(d.first(), d.second())) {
                    Names n = new Names(d.side(value));
                    sides.add("(SELECT " + agg(d.measure(), n) + " FROM " + from(d.side(value), n) + where(d.side(value), n) + ")");
                }
                return "SELECT ABS(" + sides.get(0) + " - " + sides.get(1) + ") AS " + ident(d.label());
            }

            public String why(QueryPlan.Why w) {
                return null;
            }

            public String drivers(QueryPlan.Drivers d) {
                return null;
            }

            public String anomalies(QueryPlan.Anomalies a) {
                return null;
            }

            public String forecast(QueryPlan.Forecast f) {
                return null;
            }

            public String documentSearch(QueryPlan.DocumentSearch d) {
                Names n = new Names(d.scope());
                String text = "CONCAT(' ', TRIM(REGEXP_REPLACE(LOWER(CONCAT_WS(' ', " + String.join(", ", d.text().stream().map(n::col).toList())
                        + ")), " + quote(DocumentWords.SEPARATORS) + ", ' ')), ' ')";
                List<String> score = d.words().stream().map(k -> "(CASE WHEN " + text + " LIKE " + quote("% " + DocumentWords.normalized(k) + "%")
                        + " THEN 1 ELSE 0 END)").toList();
                List<String> required = d.required().stream().map(k -> text + " LIKE " + quote("% " + DocumentWords.normalized(k) + "%")).toList();
                String where = String.join(" + ", score) + " > 0" + required.stream().map(r -> " AND " + r).reduce("", String::concat);
                String conditions = where(d.scope(), n);
                return "SELECT *, " + String.join(" + ", score) + " AS matches FROM " + from(d.scope(), n)
                        + (conditions.isEmpty() ? " WHERE " : conditions + " AND ") + where
                        + " ORDER BY /* each word found weighs ln((rows + 1) / (rows with it + 1)) + 1 */ matches DESC LIMIT " + d.limit();
            }

            public String clarify(QueryPlan.Clarify c) {
                return null;
            }
        });
    }

    private static String agg(Measure m, Names n) {
        String c = m.column() == null ? null : n.col(new ColumnRef(m.table(), m.column(), m.column()));
        String e = switch (m.aggregation()) {
            case COUNT -> "COUNT(*)";
            case DISTINCT_COUNT -> "COUNT(DISTINCT " + c + ")";
            case SUM -> "SUM(" + c + ")";
            case AVERAGE -> "AVG(" + c + ")";
            case MIN -> "MIN(" + c + ")";
            case MAX -> "MAX(" + c + ")";
            case SHARE -> "AVG(CASE WHEN " + c + " = " + quote(m.value()) + " THEN 1.0 ELSE 0.0 END)";
        };
        return e + " AS " + ident(m.label());
    }

    /** What the executor's row ids stand for: the place of each row in the table's own order. */
    private static final String ROW_ORDER = "row_order";

    private static String from(Scope s, Names n) {
        return from(ident(s.table()), s, n);
    }

    /** The scope's tables, the base numbered in its own row order (the executor numbers the rows of its one read alike). */
    private static String fromInOrder(Scope s, Names n) {
        String alias = n.alias(s.table()).isEmpty() ? ident(s.table()) : n.alias(s.table());
        return from("(SELECT *, MONOTONICALLY_INCREASING_ID() AS " + ROW_ORDER + " FROM " + ident(s.table()) + ")", s, n)
                + (n.alias(s.table()).isEmpty() ? " " + alias : "");
    }

    private static String from(String base, Scope s, Names n) {
        StringBuilder b = new StringBuilder(base + (n.alias(s.table()).isEmpty() ? "" : " " + n.alias(s.table())));
        for (Relation r : s.joins()) {
            b.append(" LEFT JOIN ").append(ident(r.toTable())).append(' ').append(n.alias(r.toTable())).append(" ON ")
                    .append(n.col(new ColumnRef(r.fromTable(), r.fromColumn(), ""))).append(" = ")
                    .append(n.col(new ColumnRef(r.toTable(), r.toColumn(), "")));
        }
        return b.toString();
    }

    private static String where(Scope s, Names n) {
        List<String> parts = new ArrayList<>();
        for (Condition c : s.conditions()) {
            String col = n.col(c.column());
            parts.add(switch (c.op()) {
                case IN -> c.values().size() == 1 ? col + " = " + quote(c.values().get(0)) : col + " IN (" + list(c.values()) + ")";
                case NOT_IN -> "(" + col + " IS NULL OR " + col + " NOT IN (" + list(c.values()) + "))";
                case GT -> col + " > " + c.values().get(0);
                case GE -> col + " >= " + c.values().get(0);
                case LT -> col + " < " + c.values().get(0);
                case LE -> col + " <= " + c.values().get(0);
                case BETWEEN -> col + " BETWEEN " + c.values().get(0) + " AND " + c.values().get(1);
                case CONTAINS -> "LOWER(" + col + ") LIKE " + quote("%" + c.values().get(0).toLowerCase(java.util.Locale.ROOT) + "%");
            });
        }
        if (s.date() != null) {
            String time = "CAST(" + n.col(s.date().column()) + " AS DATE)";
            parts.add(time + " >= DATE '" + s.date().range().from() + "' AND " + time + " < DATE '" + s.date().range().to() + "'");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static String bucket(String c, TimeGrain g) {
        return switch (g) {
            case DAY -> "DATE_FORMAT(" + c + ", 'yyyy-MM-dd')";
            case WEEK -> "DATE_FORMAT(DATE_TRUNC('week', " + c + "), 'yyyy-MM-dd')";
            case MONTH -> "DATE_FORMAT(" + c + ", 'yyyy-MM')";
            case QUARTER -> "CONCAT(YEAR(" + c + "), '-Q', QUARTER(" + c + "))";
            case YEAR -> "YEAR(" + c + ")";
        };
    }

    private static String list(List<String> values) {
        return String.join(", ", values.stream().map(SqlRenderer::quote).toList());
    }

    static String quote(String v) {
        return "'" + v.replace("'", "''") + "'";
    }

    static String ident(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** Aliases only when the query joins; a one-table query reads plainest without them. */
    private static final class Names {
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final boolean joined;

        Names(Scope s) {
            joined = !s.joins().isEmpty();
            alias(s.table());
            s.joins().forEach(r -> alias(r.toTable()));
        }

        String alias(String table) {
            return joined ? aliases.computeIfAbsent(table, t -> "t" + aliases.size()) : "";
        }

        String col(ColumnRef c) {
            return joined ? alias(c.table()) + "." + ident(c.column()) : c.column().matches("[A-Za-z_][A-Za-z0-9_]*") ? c.column() : ident(c.column());
        }
    }
}
