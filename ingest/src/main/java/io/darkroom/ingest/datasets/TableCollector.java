package io.darkroom.ingest.datasets;

import java.util.ArrayList;
import java.util.List;

/** Accumulates one table's rows within the configured row and cell bounds. */
final class TableCollector {
    private final int maxRows;
    private final long maxCells;
    private final List<List<String>> rows = new ArrayList<>();
    private long cells;
    private boolean truncated;

    TableCollector(DatasetOptions options) {
        this.maxRows = options.maxRows();
        this.maxCells = options.maxCells();
    }

    /** Adds a row (trailing empty cells dropped); false once a bound is reached, so readers stop early. */
    boolean add(List<String> row) {
        if (truncated) {
            return false;
        }
        int end = row.size();
        while (end > 0 && row.get(end - 1).isEmpty()) {
            end--;
        }
        if (rows.size() >= maxRows || cells + end > maxCells) {
            truncated = true;
            return false;
        }
        rows.add(List.copyOf(row.subList(0, end)));
        cells += end;
        return true;
    }

    boolean full() {
        return truncated;
    }

    RawTable toTable(String name, int index, boolean decimalComma) {
        return new RawTable(name, index, rows, truncated, decimalComma);
    }
}
