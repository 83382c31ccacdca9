package io.darkroom.ingest.datasets;

import java.io.Serializable;

/**
 * What became of one table (or of a whole file that could not be read): data, not exceptions,
 * so one bad table never fails a run.
 */
public sealed interface TableOutcome extends Serializable {
    record Extracted(ExtractedTable table) implements TableOutcome {
    }

    /** Not a dataset by the rules (too small, no data); expected and not an error. */
    record Skipped(String path, String sourceTable, String reason) implements TableOutcome {
    }

    /** The file or table could not be read; {@code reason} is one line without cell values. */
    record Failed(String path, String sourceTable, String errorClass, String reason) implements TableOutcome {
    }
}
