package io.darkroom.ingest;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.discovery.FileDiscovery;
import io.darkroom.ingest.discovery.LocalFileDiscovery;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.job.ByteBalancedPartitioner;
import io.darkroom.ingest.job.FileResult;
import io.darkroom.ingest.job.IngestResults;
import io.darkroom.ingest.job.IngestTablesWriter;
import io.darkroom.ingest.job.LedgerEntry;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Ingests files into the {@code files} ledger and the {@code documents} table: discovery on the
 * driver, Tika parsing in one Spark pass over byte-balanced partitions, then two Delta writes.
 * A bad file is a ledger row, never a failed run.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
    /** More partitions than cores lets a fast core take a second bin while a slow one finishes. */
    private static final int BINS_PER_CORE = 2;

    private final FileDiscovery discovery;

    public IngestJob() {
        this(new LocalFileDiscovery());
    }

    public IngestJob(FileDiscovery discovery) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    public IngestSummary run(Warehouse warehouse, IngestRequest request) {
        long start = System.nanoTime();
        String runId = request.runId();
        List<SourceFile> files = discovery.discover(request.sources(), request.filter());
        SparkSession spark = warehouse.spark();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<List<SourceFile>> bins = new ByteBalancedPartitioner(BINS_PER_CORE * jsc.defaultParallelism()).pack(files);
        LOG.info("Ingest run {}: {} files, {} bytes, {} partitions", runId, files.size(),
                files.stream().mapToLong(SourceFile::sizeBytes).sum(), bins.size());

        JavaRDD<FileResult> results = IngestResults.parse(jsc, bins, request.parseOptions()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Collecting the small ledger facts runs the parse once; both writes then read the cache.
            List<LedgerEntry> entries = results.map(LedgerEntry::of).collect();
            long parsedAt = System.nanoTime();
            Instant ingestedAt = Instant.now();
            Dataset<Row> ledger = spark.createDataFrame(IngestResults.ledgerRows(results, runId, ingestedAt),
                    FilesTable.TABLE.schema());
            Dataset<Row> documents = spark.createDataFrame(IngestResults.documentRows(results, runId),
                    DocumentsTable.TABLE.schema());
            new IngestTablesWriter(warehouse).write(ledger, documents);
            long end = System.nanoTime();
            IngestSummary summary = IngestSummary.of(runId, entries, (end - start) / 1_000_000);
            LOG.info("Ingest run {} done in {} ms (parse {} ms, write {} ms): {} parsed, {} failed, {} encrypted,"
                            + " {} skipped, {} documents", runId, summary.wallMillis(), (parsedAt - start) / 1_000_000,
                    (end - parsedAt) / 1_000_000, summary.parsed(), summary.failed(), summary.encrypted(),
                    summary.skipped(), summary.documents());
            return summary;
        } finally {
            results.unpersist(false);
        }
    }
}
