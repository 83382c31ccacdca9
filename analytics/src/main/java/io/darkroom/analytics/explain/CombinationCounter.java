package io.darkroom.analytics.explain;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Counts every candidate combination in one pass over the rows: each partition enumerates the
 * pairs and triples of a row's relevant items, looks them up among the candidates and adds to
 * primitive counters; the driver sums one {@link Tally} per partition. One Spark job for all
 * candidates of all sizes, instead of a filter per segment.
 *
 * <p>Input rows: {@code items array<int>} (ascending), {@code y double}, {@code outlier boolean}.
 */
final class CombinationCounter implements FlatMapFunction<Iterator<Row>, CombinationCounter.Tally> {
    private final Map<Long, Integer> index;
    private final boolean[] relevant;
    private final int maxSize;

    CombinationCounter(long[] candidates, int itemCount) {
        this.index = new HashMap<>();
        this.relevant = new boolean[itemCount];
        int max = 0;
        for (int i = 0; i < candidates.length; i++) {
            index.put(candidates[i], i);
            for (int id : ItemSets.ids(candidates[i])) {
                relevant[id] = true;
            }
            max = Math.max(max, ItemSets.size(candidates[i]));
        }
        this.maxSize = max;
    }

    @Override
    public Iterator<Tally> call(Iterator<Row> rows) {
        Tally tally = new Tally(index.size());
        int[] ids = new int[relevant.length];
        while (rows.hasNext()) {
            Row row = rows.next();
            List<Integer> items = row.getList(0);
            int count = 0;
            for (Integer id : items) {
                if (relevant[id]) {
                    ids[count++] = id;
                }
            }
            Arrays.sort(ids, 0, count);
            double y = row.getDouble(1);
            boolean outlier = row.getBoolean(2);
            for (int a = 0; a < count; a++) {
                for (int b = a + 1; b < count; b++) {
                    tally.add(index.get(ItemSets.pair(ids[a], ids[b])), y, outlier);
                    if (maxSize < 3) {
                        continue;
                    }
                    for (int c = b + 1; c < count; c++) {
                        tally.add(index.get(ItemSets.triple(ids[a], ids[b], ids[c])), y, outlier);
                    }
                }
            }
        }
        return List.of(tally).iterator();
    }

    /** Counters per candidate, in the order the candidates were given. */
    static final class Tally implements Serializable {
        private final long[] rows;
        private final long[] outliers;
        private final double[] sum;
        private final double[] sumSquares;

        Tally(int size) {
            rows = new long[size];
            outliers = new long[size];
            sum = new double[size];
            sumSquares = new double[size];
        }

        private void add(Integer candidate, double y, boolean outlier) {
            if (candidate == null) {
                return;
            }
            rows[candidate]++;
            if (outlier) {
                outliers[candidate]++;
            }
            sum[candidate] += y;
            sumSquares[candidate] += y * y;
        }

        Tally merge(Tally other) {
            for (int i = 0; i < rows.length; i++) {
                rows[i] += other.rows[i];
                outliers[i] += other.outliers[i];
                sum[i] += other.sum[i];
                sumSquares[i] += other.sumSquares[i];
            }
            return this;
        }

        SegmentCounts counts(int candidate) {
            return new SegmentCounts(rows[candidate], outliers[candidate], sum[candidate], sumSquares[candidate]);
        }
    }
}
