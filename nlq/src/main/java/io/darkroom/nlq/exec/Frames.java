package io.darkroom.nlq.exec;

import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.nlq.plan.ColumnRef;
import io.darkroom.nlq.plan.Condition;
import io.darkroom.nlq.plan.Scope;
import io.darkroom.nlq.plan.TimeGrain;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * A scope as a DataFrame: the base table and its joins, each under an alias (t0, t1, ...), with the
 * conditions as Column expressions. Column names come from the catalog; values only through lit().
 */
final class Frames {
    private final TableReader reader;

    Frames(TableReader reader) {
        this.reader = reader;
    }

    /** The scope's rows with column references resolvable through {@link Aliases#col}. */
    Dataset<Row> rows(Scope scope, Aliases aliases) {
        return rows(reader.read(scope.table()), scope, aliases);
    }

    /**
     * The scope's rows, each carrying its base row's place in the table's own order as {@link #ROW_ORDER}. Imports
     * write each dataset as one file in source order, so the ids of that one read follow the source's rows; they are
     * numbered before joins and conditions, so a filtered row keeps its place among all rows.
     */
    Dataset<Row> rowsInTableOrder(Scope scope, Aliases aliases) {
        return rows(reader.read(scope.table()).withColumn(ROW_ORDER, monotonically_increasing_id()), scope, aliases);
    }

    /** The column {@link #rowsInTableOrder} adds: increasing along the table's rows (not consecutive). */
    static final String ROW_ORDER = "__row_order";

    private Dataset<Row> rows(Dataset<Row> base, Scope scope, Aliases aliases) {
        Dataset<Row> df = base.alias(aliases.of(scope.table()));
        for (Relation r : scope.joins()) {
            Dataset<Row> other = reader.read(r.toTable()).alias(aliases.of(r.toTable()));
            df = df.join(other, aliases.col(r.fromTable(), r.fromColumn()).equalTo(aliases.col(r.toTable(), r.toColumn())), "left");
        }
        Column where = lit(true);
        for (Condition c : scope.conditions()) {
            where = where.and(condition(c, aliases));
        }
        if (scope.date() != null) {
            Column day = to_date(aliases.col(scope.date().column()));
            where = where.and(day.geq(lit(Date.valueOf(scope.date().range().from()))))
                    .and(day.lt(lit(Date.valueOf(scope.date().range().to()))));
        }
        return df.where(where);
    }

    private static Column condition(Condition c, Aliases aliases) {
        Column column = aliases.col(c.column());
        return switch (c.op()) {
            case IN -> column.isin(c.values().toArray());
            case NOT_IN -> column.isNull().or(column.isin(c.values().toArray()).unary_$bang());
            case GT -> column.gt(lit(Double.parseDouble(c.values().get(0))));
            case GE -> column.geq(lit(Double.parseDouble(c.values().get(0))));
            case LT -> column.lt(lit(Double.parseDouble(c.values().get(0))));
            case LE -> column.leq(lit(Double.parseDouble(c.values().get(0))));
            case BETWEEN -> column.between(lit(Double.parseDouble(c.values().get(0))), lit(Double.parseDouble(c.values().get(1))));
            case CONTAINS -> org.apache.spark.sql.functions.lower(column.cast("string"))
                    .contains(lit(c.values().get(0).toLowerCase(java.util.Locale.ROOT)));
        };
    }

    static Column measure(Measure m, Aliases aliases) {
        Column c = m.column() == null ? null : aliases.col(m.table(), m.column());
        return switch (m.aggregation()) {
            case COUNT -> count(lit(1));
            case DISTINCT_COUNT -> countDistinct(c);
            case SUM -> sum(c);
            case AVERAGE -> avg(c);
            case MIN -> min(c);
            case MAX -> max(c);
            case SHARE -> avg(when(c.equalTo(lit(m.value())), 1.0).otherwise(0.0));
        };
    }

    /**
     * The first day of the period each row falls in: grouping a million rows on a date is cheaper than on formatted text,
     * and trunc on a date costs a third of date_trunc, which goes through a time-zoned timestamp (weeks start on Monday in both).
     */
    static Column periodStart(Column time, TimeGrain grain) {
        Column day = to_date(time);
        return switch (grain) {
            case DAY -> day;
            case WEEK -> trunc(day, "week");
            case MONTH -> trunc(day, "month");
            case QUARTER -> trunc(day, "quarter");
            case YEAR -> trunc(day, "year");
        };
    }

    /** A period's label as answers show it ("2024-03-04" for a day or week, "2024-03", "2024-Q1", "2024"), from its first day. */
    static Column periodLabel(Column start, TimeGrain grain) {
        return switch (grain) {
            case DAY, WEEK -> date_format(start, "yyyy-MM-dd");
            case MONTH -> date_format(start, "yyyy-MM");
            case QUARTER -> concat(year(start).cast("string"), lit("-Q"), quarter(start).cast("string"));
            case YEAR -> year(start).cast("string");
        };
    }

    /** Table aliases of one query: t0 for the base, then one per joined table. */
    static final class Aliases {
        private final Map<String, String> byTable = new LinkedHashMap<>();

        String of(String table) {
            return byTable.computeIfAbsent(table, t -> "t" + byTable.size());
        }

        Column col(ColumnRef ref) {
            return col(ref.table(), ref.column());
        }

        Column col(String table, String column) {
            return org.apache.spark.sql.functions.col(of(table) + ".`" + column.replace("`", "``") + "`");
        }

        List<String> tables() {
            return List.copyOf(byTable.keySet());
        }
    }
}
