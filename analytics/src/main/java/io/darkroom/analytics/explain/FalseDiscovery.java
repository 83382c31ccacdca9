package io.darkroom.analytics.explain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini-Hochberg adjustment: with dozens of segments tested at 5 %, a few would pass by chance
 * alone; gating on the adjusted p-values keeps the expected share of chance findings among the
 * reported drivers at the level instead (the false discovery rate), while a planted effect, whose
 * p-value is tiny, still passes.
 */
final class FalseDiscovery {
    private FalseDiscovery() {
    }

    /** Adjusted p-values in the input order: min over j >= rank of (m / j) p_(j), capped at 1 (R's p.adjust "BH"). */
    static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            adjusted[i] = running;
        }
        return adjusted;
    }
}
