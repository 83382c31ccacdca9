package io.darkroom.analytics.insight;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import org.apache.spark.sql.Column;

import java.util.Objects;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * How a catalog measure folds rows into one number, as Spark aggregate columns. Every insight
 * analyzer aggregates through this one class so that "total amount" means the same thing in a
 * driver, a change diagnosis, an anomaly and a forecast.
 *
 * <p>Additive measures (COUNT, SUM) split exactly over segments: the segments' values add up to
 * the total. Ratio measures (AVERAGE, SHARE) are {@code numerator / denominator}, which is what a
 * mix/rate decomposition needs. DISTINCT_COUNT, MIN and MAX are neither: they can be trended and
 * forecast but not decomposed.
 */
public record MeasureFold(Measure measure) {
    public MeasureFold {
        Objects.requireNonNull(measure, "measure");
    }

    public Aggregation aggregation() {
        return measure.aggregation();
    }

    /** The measure's value over a group of rows. */
    public Column aggregate() {
        Column c = measure.column() == null ? null : col(quoted(measure.column()));
        return switch (measure.aggregation()) {
            case COUNT -> count(lit(1));
            case DISTINCT_COUNT -> countDistinct(c);
            case SUM -> sum(c.cast("double"));
            case AVERAGE -> avg(c.cast("double"));
            case MIN -> min(c.cast("double"));
            case MAX -> max(c.cast("double"));
            case SHARE -> avg(when(c.equalTo(lit(measure.value())), 1.0).otherwise(0.0));
        };
    }

    /** True when the values of disjoint segments add up to the value of their union. */
    public boolean additive() {
        return measure.aggregation() == Aggregation.COUNT || measure.aggregation() == Aggregation.SUM;
    }

    /** True for AVERAGE and SHARE: value = numerator / denominator, decomposable into mix and rate. */
    public boolean ratio() {
        return measure.aggregation() == Aggregation.AVERAGE || measure.aggregation() == Aggregation.SHARE;
    }

    /**
     * The additive part of the measure: the measure itself when additive, the numerator of a ratio
     * (sum of the column, or number of rows equal to the value for SHARE).
     */
    public Column numerator() {
        return switch (measure.aggregation()) {
            case COUNT, SUM -> aggregate();
            case AVERAGE -> sum(col(quoted(measure.column())).cast("double"));
            case SHARE -> sum(when(col(quoted(measure.column())).equalTo(lit(measure.value())), 1.0).otherwise(0.0));
            case DISTINCT_COUNT, MIN, MAX -> throw notDecomposable();
        };
    }

    /** The weight of a ratio: rows with a value (AVERAGE) or all rows (SHARE); 1 per group for additive measures. */
    public Column denominator() {
        return switch (measure.aggregation()) {
            case COUNT, SUM -> lit(1.0);
            case AVERAGE -> count(col(quoted(measure.column()))).cast("double");
            case SHARE -> count(lit(1)).cast("double");
            case DISTINCT_COUNT, MIN, MAX -> throw notDecomposable();
        };
    }

    private DarkroomException notDecomposable() {
        return DarkroomException.userInput("Cannot split '" + measure.label() + "' into segments: a "
                + measure.aggregation().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " does not add up over parts; ask for a total, an average or a share instead");
    }

    /** Backticks so that column names with dots or spaces (dataset headers) resolve literally. */
    public static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
