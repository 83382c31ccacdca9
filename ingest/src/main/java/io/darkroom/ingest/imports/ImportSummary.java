package io.darkroom.ingest.imports;

import java.util.List;

/** What an import produced: dataset names, rows written, and tables that could not be read. */
public record ImportSummary(List<String> datasets, long rows, List<String> problems) {
    public ImportSummary {
        datasets = List.copyOf(datasets);
        problems = List.copyOf(problems);
    }
}
