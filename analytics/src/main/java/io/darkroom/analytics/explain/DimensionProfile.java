package io.darkroom.analytics.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one pass of per-value counts says about the dimensions: which values become items (top K by
 * rows, plus "(blank)" when nulls are frequent), the exact counts of every single-item segment, and
 * the totals. Dimensions left with fewer than two items cannot contrast anything and are skipped.
 *
 * @param singles           counts per single-item key
 * @param total             counts over all rows
 * @param totalAbsDeviation sum over all rows of |target - mean|, for a continuous target's excess
 * @param skipped           dimensions dropped here (constant, or only rare values)
 */
record DimensionProfile(ItemDictionary dictionary, Map<Long, SegmentCounts> singles, SegmentCounts total,
                        double totalAbsDeviation, List<String> skipped) {

    /**
     * One group of the per-value pass.
     *
     * @param value            null for the dimension's nulls
     * @param absDeviation     sum of |target - mean| over the group's rows
     */
    record ValueGroup(int dimension, String value, SegmentCounts counts, double absDeviation) {
    }

    static DimensionProfile of(List<String> dimensions, List<ValueGroup> groups, DriverOptions options) {
        Map<Integer, List<ValueGroup>> byDimension = new LinkedHashMap<>();
        for (ValueGroup group : groups) {
            byDimension.computeIfAbsent(group.dimension(), d -> new ArrayList<>()).add(group);
        }
        // Every dimension's groups partition all rows, so any one of them gives the totals.
        SegmentCounts total = SegmentCounts.EMPTY;
        double absDeviation = 0;
        for (ValueGroup group : byDimension.getOrDefault(0, List.of())) {
            total = total.plus(group.counts());
            absDeviation += group.absDeviation();
        }
        List<String> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<ItemDictionary.Item> items = new ArrayList<>();
        Map<Long, SegmentCounts> singles = new HashMap<>();
        for (int d = 0; d < dimensions.size(); d++) {
            List<ValueGroup> chosen = chosenValues(byDimension.getOrDefault(d, List.of()), total.rows(), options);
            if (chosen.size() < 2) {
                skipped.add(dimensions.get(d));
                continue;
            }
            for (ValueGroup group : chosen) {
                int id = items.size();
                items.add(new ItemDictionary.Item(id, kept.size(), group.value()));
                singles.put(ItemSets.key(id), group.counts());
            }
            kept.add(dimensions.get(d));
        }
        return new DimensionProfile(new ItemDictionary(kept, items), Map.copyOf(singles), total, absDeviation,
                skipped);
    }

    private static List<ValueGroup> chosenValues(List<ValueGroup> groups, long rows, DriverOptions options) {
        List<ValueGroup> chosen = new ArrayList<>(groups.stream()
                .filter(g -> g.value() != null)
                .sorted(Comparator.comparingLong((ValueGroup g) -> g.counts().rows()).reversed()
                        .thenComparing(ValueGroup::value))
                .limit(options.maxValuesPerDimension())
                .toList());
        groups.stream()
                .filter(g -> g.value() == null)
                .filter(g -> g.counts().rows() >= options.minRows() && g.counts().rows() >= options.minBlankShare() * rows)
                .findFirst()
                .ifPresent(chosen::add);
        return chosen;
    }
}
