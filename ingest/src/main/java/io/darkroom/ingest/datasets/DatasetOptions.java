package io.darkroom.ingest.datasets;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.io.Serializable;

/**
 * Bounds and thresholds of dataset extraction (see docs/datasets.md for the keys).
 *
 * @param maxRows          rows kept per table (header included); the rest is cut and the table marked truncated
 * @param maxCells         cells kept per table; bounds wide sheets that maxRows alone would not
 * @param maxFileBytes     table files larger than this are not read (a problem is recorded)
 * @param minDataRows      tables with fewer data rows (below the header) are skipped as too small
 * @param minColumns       tables with fewer non-empty columns are skipped as too small
 * @param typedShare       share of a column's non-empty values that must parse for it to get a type
 * @param headerScanRows   how many leading non-empty rows may hold title rows before the header
 */
public record DatasetOptions(int maxRows, long maxCells, long maxFileBytes, int minDataRows, int minColumns,
                             double typedShare, int headerScanRows) implements Serializable {
    public static final int DEFAULT_MAX_ROWS = 1_000_000;
    public static final long DEFAULT_MAX_CELLS = 10_000_000;
    public static final long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;
    public static final int DEFAULT_MIN_DATA_ROWS = 1;
    public static final int DEFAULT_MIN_COLUMNS = 2;
    public static final double DEFAULT_TYPED_SHARE = 0.95;
    public static final int DEFAULT_HEADER_SCAN_ROWS = 10;

    public DatasetOptions {
        check(maxRows >= 2, "datasets.max-rows", maxRows, "at least 2");
        check(maxCells >= 4, "datasets.max-cells", maxCells, "at least 4");
        check(maxFileBytes > 0, "datasets.max-file-bytes", maxFileBytes, "positive");
        check(minDataRows >= 1, "datasets.min-data-rows", minDataRows, "at least 1");
        check(minColumns >= 1, "datasets.min-columns", minColumns, "at least 1");
        check(typedShare > 0.5 && typedShare <= 1.0, "datasets.typed-share", typedShare, "in (0.5, 1.0]");
        check(headerScanRows >= 1, "datasets.header-scan-rows", headerScanRows, "at least 1");
    }

    public static DatasetOptions defaults() {
        return new DatasetOptions(DEFAULT_MAX_ROWS, DEFAULT_MAX_CELLS, DEFAULT_MAX_FILE_BYTES, DEFAULT_MIN_DATA_ROWS,
                DEFAULT_MIN_COLUMNS, DEFAULT_TYPED_SHARE, DEFAULT_HEADER_SCAN_ROWS);
    }

    public DatasetOptions withMaxRows(int rows) {
        return new DatasetOptions(rows, maxCells, maxFileBytes, minDataRows, minColumns, typedShare, headerScanRows);
    }

    public DatasetOptions withMaxCells(long cells) {
        return new DatasetOptions(maxRows, cells, maxFileBytes, minDataRows, minColumns, typedShare, headerScanRows);
    }

    private static void check(boolean ok, String key, Object value, String expected) {
        if (!ok) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG,
                    "Cannot use " + key + " = " + value + ": it must be " + expected);
        }
    }
}
