package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.core.DarkroomException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Key drivers: which dimension values, alone or in combinations of up to three, explain an outcome
 * or the high (low) values of a measure; comparable to Power BI's Key Influencers, MacroBase and
 * BigQuery's KEY_DRIVERS. Two engines, both reported: a MacroBase-style contrast (FP-Growth over the
 * outliers, exact counts, gates and pruning in {@link DriverSelector}) that names segments with
 * their effect, contribution and p-value, and a random forest ({@link ForestRanker}) that ranks
 * the dimensions and cross-checks the first.
 *
 * <p>Spark jobs, whatever the number of segments: one profile pass (row count, quantile, distinct
 * counts), one per-value pass (exact counts of every single value), FP-Growth's few jobs on the
 * cached outliers, one counting pass for all combinations, and the forest's one pass per tree
 * level. A caller that wants a filtered measure filters {@code rows} first.
 */
public final class KeyDriverAnalyzer {
    static final String ITEMS = "items";
    static final String Y = "y";
    static final String OUTLIER = "outlier";
    private static final Logger LOG = LoggerFactory.getLogger(KeyDriverAnalyzer.class);
    private static final int QUANTILE_ACCURACY = 10_000;

    private KeyDriverAnalyzer() {
    }

    /**
     * @param rows       one row per record (the facts table, an imported dataset), already filtered to the scope
     * @param target     what an outlier row is
     * @param dimensions columns whose values may explain it; ids and free text are skipped (see {@link DriverOptions})
     * @throws DarkroomException (user input) for a missing column, a non-numeric continuous target, or a
     *                           target column listed as a dimension
     */
    public static DriverAnalysis analyze(Dataset<Row> rows, DriverTarget target, List<String> dimensions,
                                         DriverOptions options) {
        validate(rows, target, dimensions);
        long started = System.nanoTime();
        List<Column> selected = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            selected.add(col(MeasureFold.quoted(dimensions.get(d))).cast("string").as(alias(d)));
        }
        Column value = target instanceof DriverTarget.Outcome outcome
                ? when(col(MeasureFold.quoted(outcome.column())).cast("string").equalTo(lit(outcome.value())), 1.0).otherwise(0.0)
                : col(MeasureFold.quoted(target.column())).cast("double");
        selected.add(value.as(Y));
        Dataset<Row> base = rows.select(selected.toArray(Column[]::new));
        if (target instanceof DriverTarget.Continuous) {
            base = base.filter(col(Y).isNotNull());
        }

        List<Column> profile = new ArrayList<>(List.of(count(lit(1)), avg(col(Y))));
        if (target instanceof DriverTarget.Continuous continuous) {
            profile.add(percentile_approx(col(Y), lit(options.thresholdQuantile(continuous.direction())),
                    lit(QUANTILE_ACCURACY)));
        } else {
            profile.add(lit(Double.NaN));
        }
        for (int d = 0; d < dimensions.size(); d++) {
            profile.add(approx_count_distinct(col(alias(d))));
        }
        Row stats = base.agg(profile.get(0), profile.subList(1, profile.size()).toArray(Column[]::new)).first();
        long rowCount = stats.getLong(0);
        double mean = target instanceof DriverTarget.Continuous && rowCount > 0 ? stats.getDouble(1) : 0.0;
        double threshold = rowCount > 0 ? ((Number) stats.get(2)).doubleValue() : Double.NaN;

        List<Integer> candidates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            long distinct = stats.getLong(3 + d);
            if (distinct > options.maxDistinctValues() || distinct > options.maxDistinctShare() * rowCount) {
                skipped.add(dimensions.get(d));
            } else {
                candidates.add(d);
            }
        }
        Column outlier = target instanceof DriverTarget.Outcome ? col(Y).equalTo(1.0)
                : target.direction() == Direction.HIGH ? col(Y).gt(threshold) : col(Y).lt(threshold);
        Dataset<Row> labelled = base.withColumn(OUTLIER, outlier).withColumn(Y, col(Y).minus(mean));
        if (rowCount == 0 || candidates.isEmpty()) {
            return empty(target, rowCount, 0, mean, threshold, skipped);
        }

        List<String> kept = candidates.stream().map(dimensions::get).toList();
        DimensionProfile valueProfile = DimensionProfile.of(kept, valueGroups(labelled, candidates), options);
        skipped.addAll(valueProfile.skipped());
        SegmentCounts total = valueProfile.total();
        double base0 = mean + total.mean();
        ItemDictionary dictionary = valueProfile.dictionary();
        if (total.outliers() == 0 || total.outliers() == total.rows() || dictionary.size() == 0) {
            return empty(target, total.rows(), total.outliers(), base0, threshold, skipped);
        }
        Map<String, Integer> columnIndex = candidates.stream()
                .collect(Collectors.toMap(dimensions::get, d -> d, (a, b) -> a));
        Dataset<Row> prepared = labelled
                .select(dictionary.itemsColumn(name -> col(alias(columnIndex.get(name)))).as(ITEMS), col(Y), col(OUTLIER))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long profiled = System.nanoTime();
            Map<Long, SegmentCounts> segments = new java.util.HashMap<>(valueProfile.singles());
            segments.putAll(ContrastMiner.combinations(prepared, dictionary.size(), options));
            DriverSelector selector = new DriverSelector(target, options, total, valueProfile.totalAbsDeviation());
            DriverSelector.Selection found = selector.select(segments, dictionary::segment, mean);
            DriverSelector.Selection selection = selector.unconfounded(found,
                    ContrastMiner.overlaps(prepared, selector.overlaps(found), dictionary.size()), segments);
            long mined = System.nanoTime();
            double[] importances = ForestRanker.importances(prepared, dictionary, total.rows(), options);
            List<DimensionImportance> ranked = dimensionImportances(target, dictionary, valueProfile, importances,
                    selection.drivers(), mean, options);
            long done = System.nanoTime();
            LOG.info("Explained {} over {} rows ({} outliers): {} segments tested, {} drivers, {} dimensions skipped;"
                            + " profile {} ms, contrast {} ms, forest {} ms", target, total.rows(), total.outliers(),
                    selection.tested(), selection.drivers().size(), skipped.size(), (profiled - started) / 1_000_000,
                    (mined - profiled) / 1_000_000, (done - mined) / 1_000_000);
            return new DriverAnalysis(target, total.rows(), total.outliers(), base0, threshold, selection.drivers(),
                    ranked, skipped, selection.tested());
        } finally {
            prepared.unpersist();
        }
    }

    private static List<DimensionProfile.ValueGroup> valueGroups(Dataset<Row> labelled, List<Integer> candidates) {
        Column[] pairs = new Column[candidates.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = struct(lit(i).as("dimension"), col(alias(candidates.get(i))).as("value"));
        }
        List<Row> groups = labelled
                .select(explode(array(pairs)).as("pair"), col(Y), col(OUTLIER))
                .groupBy(col("pair.dimension"), col("pair.value"))
                .agg(count(lit(1)), sum(when(col(OUTLIER), 1L).otherwise(0L)), sum(col(Y)),
                        sum(col(Y).multiply(col(Y))), sum(abs(col(Y))))
                .collectAsList();
        List<DimensionProfile.ValueGroup> out = new ArrayList<>();
        for (Row g : groups) {
            out.add(new DimensionProfile.ValueGroup(g.getInt(0), g.isNullAt(1) ? null : g.getString(1),
                    new SegmentCounts(g.getLong(2), g.getLong(3), g.getDouble(4), g.getDouble(5)), g.getDouble(6)));
        }
        return out;
    }

    private static List<DimensionImportance> dimensionImportances(DriverTarget target, ItemDictionary dictionary,
                                                                  DimensionProfile profile, double[] importances,
                                                                  List<KeyDriver> drivers, double mean,
                                                                  DriverOptions options) {
        double sign = target.direction() == Direction.HIGH ? 1 : -1;
        List<DimensionImportance> out = new ArrayList<>();
        for (int d = 0; d < dictionary.dimensions().size(); d++) {
            String dimension = dictionary.dimensions().get(d);
            int best = -1;
            double bestShift = Double.NEGATIVE_INFINITY;
            for (int id = 0; id < dictionary.size(); id++) {
                SegmentCounts inside = profile.singles().get(ItemSets.key(id));
                if (dictionary.item(id).dimension() != d || inside.rows() < options.minRows()
                        || inside.rows() == profile.total().rows()) {
                    continue;
                }
                double shift = sign * (inside.mean() - profile.total().minus(inside).mean());
                if (shift > bestShift) {
                    bestShift = shift;
                    best = id;
                }
            }
            double contrast = drivers.stream()
                    .filter(k -> k.segment().conditions().stream().anyMatch(c -> c.dimension().equals(dimension)))
                    .mapToDouble(KeyDriver::score).max().orElse(0);
            if (best < 0) {
                out.add(new DimensionImportance(dimension, importances[d], null, 0, Double.NaN, Double.NaN, contrast));
                continue;
            }
            SegmentCounts inside = profile.singles().get(ItemSets.key(best));
            out.add(new DimensionImportance(dimension, importances[d], dictionary.item(best).value(), inside.rows(),
                    mean + inside.mean(), mean + profile.total().minus(inside).mean(), contrast));
        }
        out.sort(Comparator.comparingDouble(DimensionImportance::importance).reversed()
                .thenComparing(Comparator.comparingDouble(DimensionImportance::contrastScore).reversed())
                .thenComparing(DimensionImportance::dimension));
        return out;
    }

    private static DriverAnalysis empty(DriverTarget target, long rows, long outliers, double baseValue,
                                        double threshold, List<String> skipped) {
        LOG.info("Explained {} over {} rows ({} outliers): nothing to contrast", target, rows, outliers);
        return new DriverAnalysis(target, rows, outliers, baseValue, threshold, List.of(), List.of(), skipped, 0);
    }

    private static void validate(Dataset<Row> rows, DriverTarget target, List<String> dimensions) {
        List<String> columns = Arrays.asList(rows.columns());
        String what = target.toString();
        if (dimensions.isEmpty()) {
            throw DarkroomException.userInput("Cannot explain '" + what + "': no dimensions were given;"
                    + " name the columns whose values may explain it");
        }
        for (String column : concat(target.column(), dimensions)) {
            if (!columns.contains(column)) {
                throw DarkroomException.userInput("Cannot explain '" + what + "': column '" + column
                        + "' not found; available columns: " + String.join(", ", columns));
            }
        }
        if (dimensions.contains(target.column())) {
            throw DarkroomException.userInput("Cannot explain '" + what + "': the target column '" + target.column()
                    + "' is also a dimension, so it would explain itself; leave it out of the dimensions");
        }
        if (dimensions.stream().distinct().count() != dimensions.size()) {
            throw DarkroomException.userInput("Cannot explain '" + what + "': a dimension is listed twice in "
                    + dimensions + "; list each column once");
        }
        if (target instanceof DriverTarget.Continuous continuous) {
            StructField field = rows.schema().apply(continuous.column());
            if (!(field.dataType() instanceof NumericType)) {
                throw DarkroomException.userInput("Cannot explain '" + what + "': column '" + continuous.column()
                        + "' is " + field.dataType().simpleString() + ", not a number; explain an outcome"
                        + " (column = value) instead");
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    private static String alias(int dimension) {
        return "d" + dimension;
    }

}
