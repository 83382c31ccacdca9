package io.darkroom.analytics.explain;

import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

/**
 * MacroBase's explanation step: the item combinations frequent among the outliers (FP-Growth at the
 * minimum support) are the only ones that can pass the support gate, so only they are counted
 * over all rows, in one pass ({@link CombinationCounter}).
 */
final class ContrastMiner {
    private ContrastMiner() {
    }

    /**
     * Counts of every combination of 2..maxCombination items frequent among the outliers.
     *
     * @param prepared cached rows with {@code items}, {@code y}, {@code outlier}
     */
    static Map<Long, SegmentCounts> combinations(Dataset<Row> prepared, int itemCount, DriverOptions options) {
        if (options.maxCombination() < 2) {
            return Map.of();
        }
        Dataset<Row> outlierItems = prepared.filter(col(KeyDriverAnalyzer.OUTLIER)).select(KeyDriverAnalyzer.ITEMS);
        List<Row> frequent = new FPGrowth()
                .setItemsCol(KeyDriverAnalyzer.ITEMS)
                .setMinSupport(options.minSupport())
                .fit(outlierItems)
                .freqItemsets()
                .filter(size(col("items")).between(2, options.maxCombination()))
                .select("items")
                .collectAsList();
        if (frequent.isEmpty()) {
            return Map.of();
        }
        long[] candidates = new long[frequent.size()];
        for (int i = 0; i < candidates.length; i++) {
            List<Integer> ids = frequent.get(i).getList(0);
            candidates[i] = ItemSets.key(ids.stream().mapToInt(Integer::intValue).toArray());
        }
        SegmentTally tally = prepared.select(KeyDriverAnalyzer.ITEMS, KeyDriverAnalyzer.Y,
                        KeyDriverAnalyzer.OUTLIER)
                .javaRDD()
                .mapPartitions(new CombinationCounter(candidates, itemCount))
                .reduce(SegmentTally::merge);
        Map<Long, SegmentCounts> counts = new HashMap<>();
        for (int i = 0; i < candidates.length; i++) {
            counts.put(candidates[i], tally.counts(i));
        }
        return counts;
    }

    /** Counts of the rows in both segments of each overlap, in one pass. */
    static Map<DriverSelector.Overlap, SegmentCounts> overlaps(Dataset<Row> prepared,
                                                              List<DriverSelector.Overlap> overlaps, int itemCount) {
        if (overlaps.isEmpty()) {
            return Map.of();
        }
        int[][] sets = new int[overlaps.size()][];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = IntStream.concat(IntStream.of(ItemSets.ids(overlaps.get(i).segment())),
                    IntStream.of(ItemSets.ids(overlaps.get(i).stronger()))).distinct().toArray();
        }
        SegmentTally tally = prepared.select(KeyDriverAnalyzer.ITEMS, KeyDriverAnalyzer.Y, KeyDriverAnalyzer.OUTLIER)
                .javaRDD()
                .mapPartitions(new OverlapCounter(sets, itemCount))
                .reduce(SegmentTally::merge);
        Map<DriverSelector.Overlap, SegmentCounts> counts = new HashMap<>();
        for (int i = 0; i < sets.length; i++) {
            counts.put(overlaps.get(i), tally.counts(i));
        }
        return counts;
    }
}
