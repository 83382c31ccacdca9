package io.darkroom.ingest.datasets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the header among the first rows of a table. A header is the first row, after any title
 * rows, whose non-empty cells cover at least half the table's width and are mostly (>= 80 %) text
 * that is not a number, date or boolean, and mostly (>= 80 %) distinct. When that row repeats a
 * value in adjacent cells (a merged group header such as "Sales" over "Q1" and "Q2") and the row
 * below is also header-like, the two rows combine ("Sales Q1"). Without a header, names are
 * generated and title rows (a single filled cell in a wider table) are still skipped.
 */
final class HeaderDetector {
    static final double TEXT_SHARE = 0.8;
    static final double DISTINCT_SHARE = 0.8;

    /**
     * @param labels    one label per column (null entries for generated names); empty when there is no header
     * @param headerRow index in the given rows of the (first) header row, -1 without one
     * @param dataStart index of the first data row
     */
    record Layout(List<String> labels, int headerRow, int dataStart) {
    }

    private HeaderDetector() {
    }

    static Layout detect(List<List<String>> rows, int width, int scanRows) {
        int limit = Math.min(rows.size() - 1, scanRows);
        for (int i = 0; i < limit; i++) {
            List<String> row = rows.get(i);
            if (!headerLike(row, width)) {
                continue;
            }
            List<String> labels = padded(row, width);
            int dataStart = i + 1;
            if (hasAdjacentRepeat(labels) && dataStart < rows.size() - 1 && headerLike(rows.get(dataStart), width)) {
                labels = combine(labels, padded(rows.get(dataStart), width));
                dataStart++;
            }
            if (distinctShare(labels) >= DISTINCT_SHARE) {
                return new Layout(labels, i, dataStart);
            }
        }
        int start = 0;
        while (start < rows.size() - 1 && width > 1 && filled(rows.get(start)) == 1) {
            start++;
        }
        return new Layout(List.of(), -1, start);
    }

    static boolean headerLike(List<String> row, int width) {
        int filled = 0;
        int text = 0;
        for (String cell : row) {
            if (!ColumnTyper.isEmpty(cell)) {
                filled++;
                text += looksTyped(cell) ? 0 : 1;
            }
        }
        return filled >= Math.min(2, width) && filled * 2 >= width && text >= filled * TEXT_SHARE;
    }

    static boolean looksTyped(String cell) {
        return NumberText.parse(cell, false) != null || NumberText.parse(cell, true) != null
                || TemporalText.parse(cell, TemporalText.DateOrder.DAY_FIRST) != null
                || "true".equalsIgnoreCase(cell) || "false".equalsIgnoreCase(cell);
    }

    private static int filled(List<String> row) {
        return (int) row.stream().filter(c -> !ColumnTyper.isEmpty(c)).count();
    }

    private static List<String> padded(List<String> row, int width) {
        List<String> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            out.add(c < row.size() && !row.get(c).isBlank() ? row.get(c).strip() : null);
        }
        return out;
    }

    private static boolean hasAdjacentRepeat(List<String> labels) {
        for (int c = 1; c < labels.size(); c++) {
            if (labels.get(c) != null && labels.get(c).equals(labels.get(c - 1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> combine(List<String> top, List<String> bottom) {
        List<String> out = new ArrayList<>(top.size());
        for (int c = 0; c < top.size(); c++) {
            String a = top.get(c);
            String b = bottom.get(c);
            out.add(a == null ? b : b == null || a.equals(b) ? a : a + " " + b);
        }
        return out;
    }

    private static double distinctShare(List<String> labels) {
        Set<String> seen = new HashSet<>();
        int filled = 0;
        for (String label : labels) {
            if (label != null) {
                filled++;
                seen.add(label);
            }
        }
        return filled == 0 ? 0 : (double) seen.size() / filled;
    }
}
