package io.darkroom.nlq.exec;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

/**
 * A table's decimal columns re-typed to the narrowest precision their values need, before the table is cached for
 * questions. The warehouse stores amounts as decimal(24..38, s) to be safe; Spark sums a decimal of precision p into
 * p + 10 digits and does that on longs only when p ≤ 8 (beyond, each row goes through BigDecimal: a grouped sum of a
 * million amounts costs ~1.8× the CPU). The values are unchanged: a column is narrowed only to a precision that holds
 * its largest absolute value, measured on the same rows that are cached.
 */
final class CompactDecimals {
    /** Sums of decimal(8, s) run on longs (Spark's DecimalAggregates); decimal(18, s) is still stored as a long. */
    private static final int[] PRECISIONS = {8, 18};

    private CompactDecimals() {
    }

    static Dataset<Row> of(Dataset<Row> table) {
        List<StructField> wide = new ArrayList<>();
        for (StructField f : table.schema().fields()) {
            if (f.dataType() instanceof DecimalType d && d.precision() > PRECISIONS[0]) {
                wide.add(f);
            }
        }
        if (wide.isEmpty()) {
            return table;
        }
        Column[] largest = wide.stream().map(f -> max(abs(col(quoted(f.name()))))).toArray(Column[]::new);
        Row values = table.select(largest).first();
        Map<String, DecimalType> narrowed = new HashMap<>();
        for (int i = 0; i < wide.size(); i++) {
            DecimalType d = (DecimalType) wide.get(i).dataType();
            int precision = narrowest(values.isNullAt(i) ? BigDecimal.ZERO : values.getDecimal(i), d);
            if (precision < d.precision()) {
                narrowed.put(wide.get(i).name(), DataTypes.createDecimalType(precision, d.scale()));
            }
        }
        return table.select(Arrays.stream(table.schema().fields()).map(f -> {
            Column c = col(quoted(f.name()));
            DecimalType to = narrowed.get(f.name());
            return to == null ? c : c.cast(to).as(f.name(), f.metadata());
        }).toArray(Column[]::new));
    }

    /** The smallest of 8 and 18 digits that holds the value at the column's scale, else the column's own precision. */
    static int narrowest(BigDecimal largestAbs, DecimalType type) {
        int integerDigits = Math.max(1, largestAbs.precision() - largestAbs.scale());
        for (int p : PRECISIONS) {
            if (p < type.precision() && type.scale() < p && integerDigits + type.scale() <= p) {
                return p;
            }
        }
        return type.precision();
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
