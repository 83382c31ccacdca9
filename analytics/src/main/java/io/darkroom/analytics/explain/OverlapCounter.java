package io.darkroom.analytics.explain;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.util.Iterator;
import java.util.List;

/**
 * Counts the rows holding every item of each given set (up to six items: two drivers together)
 * in one pass. A plain containment check per set and row, fine for the few dozen overlaps of the
 * reported drivers; {@link CombinationCounter} is the one for thousands of mined candidates.
 */
final class OverlapCounter implements FlatMapFunction<Iterator<Row>, SegmentTally> {
    private final int[][] sets;
    private final int itemCount;

    OverlapCounter(int[][] sets, int itemCount) {
        this.sets = sets;
        this.itemCount = itemCount;
    }

    @Override
    public Iterator<SegmentTally> call(Iterator<Row> rows) {
        SegmentTally tally = new SegmentTally(sets.length);
        boolean[] present = new boolean[itemCount];
        while (rows.hasNext()) {
            Row row = rows.next();
            List<Integer> items = row.getList(0);
            for (Integer id : items) {
                present[id] = true;
            }
            for (int s = 0; s < sets.length; s++) {
                if (containsAll(present, sets[s])) {
                    tally.add(s, row.getDouble(1), row.getBoolean(2));
                }
            }
            for (Integer id : items) {
                present[id] = false;
            }
        }
        return List.of(tally).iterator();
    }

    private static boolean containsAll(boolean[] present, int[] set) {
        for (int id : set) {
            if (!present[id]) {
                return false;
            }
        }
        return true;
    }
}
