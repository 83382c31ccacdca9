package io.darkroom.analytics.insight;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;

/**
 * Turns a subject's rows into series at one grain: the subject's own series and those of its
 * largest segments per dimension, one Spark aggregation each.
 */
public final class SeriesBuilder {
    /** Column holding each row's period start. */
    public static final String PERIOD = "__period";

    private final Dataset<Row> rows;
    private final Subject subject;
    private final Grain grain;
    private final List<LocalDate> starts;

    /**
     * @param scopedRows the subject's rows (scope applied)
     * @param first      first period start of the series
     * @param last       last period start (inclusive; callers drop a partial last period)
     */
    public SeriesBuilder(Dataset<Row> scopedRows, Subject subject, Grain grain, LocalDate first, LocalDate last) {
        this.subject = subject;
        this.grain = grain;
        this.rows = withPeriod(scopedRows, subject, grain).where(col(PERIOD).between(lit(first), lit(last)));
        List<LocalDate> s = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = grain.next(d)) {
            s.add(d);
        }
        this.starts = List.copyOf(s);
    }

    /** The rows with their period start in {@link #PERIOD}. */
    public static Dataset<Row> withPeriod(Dataset<Row> rows, Subject subject, Grain grain) {
        return rows.withColumn(PERIOD, grain.start(col(MeasureFold.quoted(subject.timeColumn()))));
    }

    public Dataset<Row> rows() {
        return rows;
    }

    public List<LocalDate> starts() {
        return starts;
    }

    public MeasureSeries total() {
        Map<LocalDate, Double> byPeriod = new HashMap<>();
        for (Row r : rows.groupBy(col(PERIOD)).agg(subject.fold().aggregate().as("v")).collectAsList()) {
            if (!r.isNullAt(0) && !r.isNullAt(1)) {
                byPeriod.put(r.getDate(0).toLocalDate(), ((Number) r.get(1)).doubleValue());
            }
        }
        return series(null, byPeriod);
    }

    /** Series of the {@code topK} values of {@code dimension} with the most rows, largest first. */
    public List<MeasureSeries> bySegment(String dimension, int topK) {
        Column dim = col(MeasureFold.quoted(dimension)).cast("string");
        List<String> top = rows.where(dim.isNotNull()).groupBy(dim.as("v")).agg(count(lit(1)).as("n"))
                .orderBy(desc("n"), col("v")).limit(topK).collectAsList().stream().map(r -> r.getString(0)).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<String, Map<LocalDate, Double>> values = new LinkedHashMap<>();
        top.forEach(v -> values.put(v, new HashMap<>()));
        for (Row r : rows.where(dim.isin(top.toArray())).groupBy(dim.as("v"), col(PERIOD))
                .agg(subject.fold().aggregate().as("x")).collectAsList()) {
            if (!r.isNullAt(1) && !r.isNullAt(2)) {
                values.get(r.getString(0)).put(r.getDate(1).toLocalDate(), ((Number) r.get(2)).doubleValue());
            }
        }
        List<MeasureSeries> out = new ArrayList<>();
        values.forEach((v, byPeriod) -> out.add(series(Segment.of(dimension, v), byPeriod)));
        return out;
    }

    private MeasureSeries series(Segment segment, Map<LocalDate, Double> byPeriod) {
        double[] v = new double[starts.size()];
        boolean additive = subject.fold().additive();
        int filled = 0;
        double previous = Double.NaN;
        for (int i = 0; i < v.length; i++) {
            Double x = byPeriod.get(starts.get(i));
            if (x == null) {
                filled++;
                x = additive ? 0.0 : previous;
            }
            v[i] = x;
            previous = x;
        }
        // A ratio series that starts with empty periods has nothing to carry: back-fill from its first value.
        if (!additive) {
            int firstKnown = 0;
            while (firstKnown < v.length && Double.isNaN(v[firstKnown])) {
                firstKnown++;
            }
            for (int i = 0; i < firstKnown && firstKnown < v.length; i++) {
                v[i] = v[firstKnown];
            }
        }
        return new MeasureSeries(subject, segment, grain, starts, v, filled);
    }
}
