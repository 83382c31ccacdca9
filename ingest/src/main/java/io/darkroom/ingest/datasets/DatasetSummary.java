package io.darkroom.ingest.datasets;

import java.util.List;
import java.util.Map;

/**
 * What a dataset extraction run did.
 *
 * @param files    table files looked at
 * @param datasets names of the datasets written (and registered) by this run
 * @param rows     rows written over all datasets
 * @param skipped  tables that were not datasets by the rules (too small, empty, too large), by reason
 * @param failures files or tables that could not be read or written
 */
public record DatasetSummary(String runId, int files, List<String> datasets, long rows,
                             Map<String, Long> skipped, List<TableOutcome.Failed> failures) {
    public DatasetSummary {
        datasets = List.copyOf(datasets);
        skipped = Map.copyOf(skipped);
        failures = List.copyOf(failures);
    }

    public long skippedCount() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
