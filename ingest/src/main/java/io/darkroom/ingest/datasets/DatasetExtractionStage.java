package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extracts every table found in the given files into its own Delta table {@code datasets/<name>}
 * and registers it in {@code dataset_registry}. Extraction runs on the executors (one
 * {@link FileTableExtractor} per partition); the driver then writes each dataset in its own Delta
 * commit (an overwrite: readers see the old or the new table) and upserts the registry once.
 * One bad file or table is a failure in the summary, never a failed run.
 */
public final class DatasetExtractionStage {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetExtractionStage.class);
    private static final int SLICES_PER_CORE = 2;

    private final DatasetOptions options;

    public DatasetExtractionStage() {
        this(DatasetOptions.defaults());
    }

    public DatasetExtractionStage(DatasetOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Whether a path has an extension this stage reads tables from (csv, tsv, xlsx, xls, ods, html). */
    public static boolean handles(String path) {
        return FileTableExtractor.handles(path);
    }

    /**
     * @param warehouse the warehouse to write datasets and the registry to
     * @param files     candidate files (others are ignored), each with its path relative to its source
     * @param runId     the ingest run id, recorded in the registry
     */
    public DatasetSummary run(Warehouse warehouse, List<TableFile> files, String runId) {
        List<TableFile> tableFiles = files.stream().filter(f -> handles(f.path())).toList();
        if (tableFiles.isEmpty()) {
            return new DatasetSummary(runId, 0, List.of(), 0, Map.of(), List.of());
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
        int slices = Math.min(tableFiles.size(), SLICES_PER_CORE * jsc.defaultParallelism());
        DatasetOptions opts = options;
        JavaRDD<TableOutcome> outcomes = jsc.parallelize(tableFiles, slices)
                .mapPartitions(part -> {
                    FileTableExtractor extractor = new FileTableExtractor(opts);
                    List<TableOutcome> out = new ArrayList<>();
                    part.forEachRemaining(f -> out.addAll(extractor.extract(f)));
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Only descriptions travel to the driver; each dataset's rows are written from the cache.
            List<TableOutcome> results = outcomes.map(DatasetExtractionStage::describe).collect();
            List<ExtractedTable> tables = new ArrayList<>();
            Map<String, Long> skipped = new LinkedHashMap<>();
            List<TableOutcome.Failed> failures = new ArrayList<>();
            for (TableOutcome outcome : results) {
                // Java 17 has no pattern switch: an instanceof chain over the sealed kinds.
                if (outcome instanceof TableOutcome.Extracted e) {
                    tables.add(e.table());
                } else if (outcome instanceof TableOutcome.Skipped s) {
                    skipped.merge(reasonKind(s.reason()), 1L, Long::sum);
                } else if (outcome instanceof TableOutcome.Failed f) {
                    failures.add(f);
                }
            }
            DatasetSummary summary = new DatasetWriter(warehouse, outcomes).write(tables, runId, tableFiles.size(), skipped, failures);
            LOG.info("Dataset extraction {}: {} files, {} datasets, {} rows, {} tables skipped, {} failures",
                    runId, summary.files(), summary.datasets().size(), summary.rows(), summary.skippedCount(),
                    summary.failures().size());
            summary.failures().forEach(f -> LOG.warn("Dataset extraction {}: cannot extract '{}' {}: {} {}",
                    runId, f.path(), f.sourceTable() == null ? "" : "(" + f.sourceTable() + ")", f.errorClass(), f.reason()));
            return summary;
        } finally {
            outcomes.unpersist(false);
        }
    }

    private static TableOutcome describe(TableOutcome outcome) {
        return outcome instanceof TableOutcome.Extracted e ? new TableOutcome.Extracted(e.table().withoutRows()) : outcome;
    }

    private static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
