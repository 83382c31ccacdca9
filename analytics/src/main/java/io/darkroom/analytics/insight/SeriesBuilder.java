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
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;
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
        long n = 0;
        for (Row r : rows.groupBy(col(PERIOD)).agg(subject.fold().aggregate().as("v"), count(lit(1))).collectAsList()) {
            n += r.getLong(2);
            if (!r.isNullAt(0) && !r.isNullAt(1)) {
                byPeriod.put(r.getDate(0).toLocalDate(), ((Number) r.get(1)).doubleValue());
            }
        }
        return series(null, byPeriod, n);
    }

    /**
     * For each dimension, the series of its {@code topK} values with the most rows, largest first —
     * in one Spark job for all dimensions: each row is exploded into one (dimension, value) pair per
     * dimension and aggregated by pair and period.
     */
    public Map<String, List<MeasureSeries>> bySegments(List<String> dimensions, int topK) {
        if (dimensions.isEmpty() || topK <= 0) {
            return Map.of();
        }
        Column[] pairs = dimensions.stream().map(d -> struct(lit(d).as("d"),
                col(MeasureFold.quoted(d)).cast("string").as("v"))).toArray(Column[]::new);
        List<Column> keep = new ArrayList<>(List.of(explode(array(pairs)).as("pair"), col(PERIOD)));
        if (subject.measure().column() != null) {
            keep.add(col(MeasureFold.quoted(subject.measure().column())));
        }
        Map<String, Map<String, Map<LocalDate, Double>>> values = new LinkedHashMap<>();
        Map<String, Map<String, Long>> sizes = new HashMap<>();
        for (Row r : rows.select(keep.toArray(Column[]::new)).where(col("pair.v").isNotNull())
                .groupBy(col("pair.d"), col("pair.v"), col(PERIOD))
                .agg(subject.fold().aggregate().as("x"), count(lit(1)).as("n")).collectAsList()) {
            String d = r.getString(0);
            String v = r.getString(1);
            sizes.computeIfAbsent(d, k -> new HashMap<>()).merge(v, r.getLong(4), Long::sum);
            if (!r.isNullAt(2) && !r.isNullAt(3)) {
                values.computeIfAbsent(d, k -> new HashMap<>()).computeIfAbsent(v, k -> new HashMap<>())
                        .put(r.getDate(2).toLocalDate(), ((Number) r.get(3)).doubleValue());
            }
        }
        Map<String, List<MeasureSeries>> out = new LinkedHashMap<>();
        for (String d : dimensions) {
            Map<String, Long> n = sizes.getOrDefault(d, Map.of());
            List<String> top = n.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(topK).map(Map.Entry::getKey).toList();
            List<MeasureSeries> series = new ArrayList<>();
            for (String v : top) {
                series.add(series(Segment.of(d, v), values.getOrDefault(d, Map.of()).getOrDefault(v, Map.of()), n.get(v)));
            }
            out.put(d, series);
        }
        return out;
    }

    private MeasureSeries series(Segment segment, Map<LocalDate, Double> byPeriod, long n) {
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
        return new MeasureSeries(subject, segment, grain, starts, v, filled, n);
    }
}
