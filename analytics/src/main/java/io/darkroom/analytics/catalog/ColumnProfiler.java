package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.ValueCount;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Profiles every column of a table in one aggregate pass (nulls, approximate distinct count, range)
 * plus one group-by per low-cardinality text column for its value index.
 */
final class ColumnProfiler {
    /** Values kept per column in the value index; enough to match words in questions. */
    static final int MAX_INDEXED_VALUES = 500;
    /** Text columns with more distinct values than this are free text or ids: no value index. */
    static final int MAX_INDEXED_DISTINCT = 5_000;

    List<ColumnProfile> profile(Dataset<Row> rows, long rowCount, java.util.Map<String, String> labels) {
        List<StructField> fields = new ArrayList<>();
        List<Column> aggs = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            ColumnType type = ColumnType.of(f.dataType());
            if (type == ColumnType.OTHER) {
                continue;
            }
            fields.add(f);
            String c = f.name();
            aggs.add(sum(when(col(c).isNull(), 1).otherwise(0)).as(c + "__nulls"));
            aggs.add(approx_count_distinct(col(c)).as(c + "__distinct"));
            boolean ranged = type.isNumeric() || type.isTemporal();
            aggs.add((ranged ? min(col(c)) : lit(null)).cast("string").as(c + "__min"));
            aggs.add((ranged ? max(col(c)) : lit(null)).cast("string").as(c + "__max"));
        }
        if (fields.isEmpty()) {
            return List.of();
        }
        Row stats = rows.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0])).first();
        List<ColumnProfile> out = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            StructField f = fields.get(i);
            ColumnType type = ColumnType.of(f.dataType());
            long nulls = stats.isNullAt(4 * i) ? 0 : stats.getLong(4 * i);
            long distinct = stats.getLong(4 * i + 1);
            String minValue = stats.isNullAt(4 * i + 2) ? null : stats.getString(4 * i + 2);
            String maxValue = stats.isNullAt(4 * i + 3) ? null : stats.getString(4 * i + 3);
            List<ValueCount> top = indexable(type, distinct) ? topValues(rows, f.name()) : List.of();
            out.add(new ColumnProfile(f.name(), label(f.name(), labels), type,
                    rowCount == 0 ? 0.0 : (double) nulls / rowCount, distinct, minValue, maxValue, top));
        }
        return out;
    }

    /** The original header when it reads well, else the name in words. */
    private static String label(String name, java.util.Map<String, String> labels) {
        if (name.startsWith(io.darkroom.core.warehouse.FactsTable.FIELD_PREFIX)) {
            // A discovered form field is called what the documents call it: field_product reads "product".
            return Labels.of(name.substring(io.darkroom.core.warehouse.FactsTable.FIELD_PREFIX.length()));
        }
        String original = labels.get(name);
        if (original != null && !original.isBlank() && original.length() <= 60) {
            return String.join(" ", Labels.words(original));
        }
        return Labels.of(name);
    }

    private static boolean indexable(ColumnType type, long distinct) {
        return (type == ColumnType.STRING || type == ColumnType.BOOLEAN) && distinct > 0 && distinct <= MAX_INDEXED_DISTINCT;
    }

    private static List<ValueCount> topValues(Dataset<Row> rows, String column) {
        List<Row> top = rows.where(col(column).isNotNull())
                .groupBy(col(column).cast("string").as("v")).agg(count(lit(1)).as("n"))
                .orderBy(col("n").desc(), col("v").asc()).limit(MAX_INDEXED_VALUES).collectAsList();
        List<ValueCount> out = new ArrayList<>(top.size());
        for (Row r : top) {
            out.add(new ValueCount(r.getString(0), r.getLong(1)));
        }
        return out;
    }
}
