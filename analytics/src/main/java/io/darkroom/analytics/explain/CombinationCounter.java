package io.darkroom.analytics.explain;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Counts every candidate combination in one pass over the rows: each partition enumerates the
 * pairs and triples of a row's relevant items, looks them up among the candidates and adds to
 * primitive counters; the driver sums one {@link SegmentTally} per partition. One Spark job for all
 * candidates of all sizes, instead of a filter per segment.
 *
 * <p>Input rows: {@code items array<int>} (ascending), {@code y double}, {@code outlier boolean}.
 */
final class CombinationCounter implements FlatMapFunction<Iterator<Row>, SegmentTally> {
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
    public Iterator<SegmentTally> call(Iterator<Row> rows) {
        SegmentTally tally = new SegmentTally(index.size());
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
}
