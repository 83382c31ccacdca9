package io.darkroom.ingest;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.discovery.FileDiscovery;
import io.darkroom.ingest.discovery.HadoopConf;
import io.darkroom.ingest.discovery.SourceDiscovery;
import io.darkroom.ingest.discovery.LocalFileDiscovery;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.discovery.SourcePattern;
import io.darkroom.ingest.discovery.SourceScope;
import io.darkroom.ingest.incremental.Change;
import io.darkroom.ingest.incremental.ContentDedup;
import io.darkroom.ingest.incremental.IncrementalPlan;
import io.darkroom.ingest.incremental.IncrementalPlanner;
import io.darkroom.ingest.incremental.LedgerSnapshot;
import io.darkroom.ingest.job.ByteBalancedPartitioner;
import io.darkroom.ingest.job.FileResult;
import io.darkroom.ingest.job.IngestResults;
import io.darkroom.ingest.job.IngestTablesWriter;
import io.darkroom.ingest.datasets.DatasetExtractionStage;
import io.darkroom.ingest.datasets.DatasetSummary;
import io.darkroom.ingest.datasets.TableFile;
import io.darkroom.ingest.job.LedgerEntry;
import io.darkroom.ingest.progress.IngestProgress;
import io.darkroom.ingest.progress.ProgressTracker;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingests files into the {@code files} ledger and the {@code documents} table: discovery and the
 * incremental plan on the driver, Tika parsing over byte-balanced partitions, then per batch of
 * files two Delta commits (documents, then ledger), and a last pass for deleted and unchanged files.
 * A bad file is a ledger row, never a failed run; a killed run loses at most its current batch.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
    /** More partitions than cores lets a fast core take a second bin while a slow one finishes. */
    private static final int BINS_PER_CORE = 2;
    /**
     * Spark reports accumulators when a task ends, so the progress bar moves per task: smaller tasks
     * make it move smoothly and let free cores steal work, but each task opens a parser (a forked
     * JVM with isolation on), so a task holds up to ~128 files.
     */
    private static final int FILES_PER_TASK = 128;
    private static final StructType PATHS = new StructType().add(FilesTable.PATH, DataTypes.StringType, false);
    private static final StructType CONFIRMED = new StructType()
            .add(FilesTable.PATH, DataTypes.StringType, false)
            .add(FilesTable.SIZE_BYTES, DataTypes.LongType, false)
            .add(FilesTable.MODIFIED_AT, DataTypes.TimestampType, true);

    private final FileDiscovery discovery;

    /** Local paths through java.nio, URIs through the session's Hadoop configuration. */
    public IngestJob() {
        this.discovery = null;
    }

    public IngestJob(FileDiscovery discovery) {
        this.discovery = java.util.Objects.requireNonNull(discovery, "discovery");
    }

    public IngestSummary run(Warehouse warehouse, IngestRequest request) {
        return run(warehouse, request, IngestProgress.NONE);
    }

    public IngestSummary run(Warehouse warehouse, IngestRequest request, IngestProgress progress) {
        long start = System.nanoTime();
        String runId = request.runId();
        SparkSession spark = warehouse.spark();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        FileDiscovery finder = discovery != null ? discovery : new SourceDiscovery(conf.get());

        List<SourceFile> files = finder.discover(request.sources(), request.filter());
        SourceScope scope = finder.scope(request.sources(), request.filter());
        LedgerSnapshot prior = LedgerSnapshot.read(warehouse);
        IncrementalPlan plan = new IncrementalPlanner(ambiguous -> IngestResults.sha256(jsc, ambiguous, conf))
                .plan(files, prior, scope, request.reparse(), request.maxFileBytes());
        long bytesToParse = plan.toParse().stream().mapToLong(SourceFile::sizeBytes).sum();
        LOG.info("Ingest run {}: {} files discovered ({} new, {} changed, {} unchanged), {} deleted; parsing {} files, {} bytes",
                runId, files.size(), plan.count(Change.NEW), plan.count(Change.CHANGED), plan.count(Change.UNCHANGED),
                plan.deleted().size(), plan.toParse().size(), bytesToParse);

        Set<String> replaced = new HashSet<>(plan.deleted());
        plan.toParse().forEach(f -> replaced.add(f.path()));
        Batches batches = new Batches(warehouse, jsc, request, new ContentDedup(prior, replaced));
        long parseStart = System.nanoTime();
        try (ProgressTracker tracker = new ProgressTracker(spark.sparkContext(), progress, plan.toParse().size(), bytesToParse)) {
            for (int from = 0; from < plan.toParse().size(); from += request.commitEveryFiles()) {
                int to = Math.min(plan.toParse().size(), from + request.commitEveryFiles());
                batches.write(plan.toParse().subList(from, to), tracker.counters());
            }
        }
        int commits = batches.commits + finish(warehouse, plan, runId);
        long end = System.nanoTime();

        List<LedgerEntry> unchanged = plan.unchanged().values().stream().map(LedgerEntry::of).toList();
        IngestSummary.Changes changes = new IngestSummary.Changes(plan.count(Change.NEW), plan.count(Change.CHANGED),
                plan.count(Change.UNCHANGED), plan.deleted().size(), batches.duplicates.size());
        IngestSummary.Work work = new IngestSummary.Work(plan.toParse().size(), bytesToParse, (end - parseStart) / 1_000_000,
                batches.commitNanos / 1_000_000, commits);
        IngestSummary summary = IngestSummary.of(runId, batches.entries, unchanged, batches.duplicates, changes, work,
                (end - start) / 1_000_000);
        summary = summary.withTables(tablesIn(warehouse, plan.toParse(), request, runId));
        LOG.info("Ingest run {} done in {} ms: {} parsed, {} failed, {} encrypted, {} skipped, {} documents, {} datasets;"
                        + " invariant {}", runId, summary.wallMillis(), summary.parsed(), summary.failed(), summary.encrypted(),
                summary.skipped(), summary.documents(), summary.tables().datasets().size(),
                summary.invariantHolds() ? "holds" : "BROKEN");
        return summary;
    }

    /**
     * Tables in the files parsed now (sheets, CSV/TSV, HTML tables) become datasets, named after their
     * path relative to the source folder. Only local files for now: the extractors read java.nio paths.
     */
    private static IngestSummary.TablesFound tablesIn(Warehouse warehouse, List<SourceFile> parsedNow, IngestRequest request,
                                                      String runId) {
        List<TableFile> tableFiles = new java.util.ArrayList<>();
        for (SourceFile f : parsedNow) {
            boolean local = !f.path().contains("://") || f.path().startsWith("file:");
            if (local && DatasetExtractionStage.handles(f.path())) {
                tableFiles.add(TableFile.under(sourceRootOf(f.path(), request.sources()), f.path()));
            }
        }
        if (tableFiles.isEmpty()) {
            return IngestSummary.TablesFound.NONE;
        }
        DatasetSummary found = new DatasetExtractionStage().run(warehouse, tableFiles, runId);
        return new IngestSummary.TablesFound(found.datasets(), found.rows(),
                found.failures().stream().map(x -> x.path() + (x.sourceTable() == null ? "" : " [" + x.sourceTable() + "]")
                        + ": " + x.reason()).toList());
    }

    /** The source (folder, or a glob's folder part) a file was found under; the file's folder when none contains it. */
    private static String sourceRootOf(String path, List<String> sources) {
        java.nio.file.Path file = LocalFileDiscovery.toPath(path);
        for (String source : sources) {
            java.nio.file.Path root = LocalFileDiscovery.toPath(SourcePattern.parse(source).root());
            if (file.startsWith(root) && !file.equals(root)) {
                return root.toString();
            }
        }
        return file.getParent() == null ? path : file.getParent().toString();
    }

    /** Marks deleted files and confirms unchanged ones; returns the number of commits written. */
    private static int finish(Warehouse warehouse, IncrementalPlan plan, String runId) {
        SparkSession spark = warehouse.spark();
        List<Row> deleted = plan.deleted().stream().map(p -> RowFactory.create(p)).toList();
        List<Row> confirmed = new ArrayList<>();
        plan.unchanged().forEach((file, before) -> confirmed.add(
                RowFactory.create(file.path(), file.sizeBytes(), Timestamp.from(file.modifiedAt()))));
        if (deleted.isEmpty() && confirmed.isEmpty()) {
            return 0;
        }
        new IngestTablesWriter(warehouse).finish(spark.createDataFrame(deleted, PATHS),
                spark.createDataFrame(confirmed, CONFIRMED), runId);
        return deleted.isEmpty() ? 1 : 2;
    }

    /** Parses and commits one batch at a time, carrying the run's entries and duplicate decisions. */
    private static final class Batches {
        private final Warehouse warehouse;
        private final JavaSparkContext jsc;
        private final IngestRequest request;
        private final ContentDedup dedup;
        final List<LedgerEntry> entries = new ArrayList<>();
        final Set<String> duplicates = new HashSet<>();
        int commits;
        long commitNanos;

        Batches(Warehouse warehouse, JavaSparkContext jsc, IngestRequest request, ContentDedup dedup) {
            this.warehouse = warehouse;
            this.jsc = jsc;
            this.request = request;
            this.dedup = dedup;
        }

        void write(List<SourceFile> batch, ProgressTracker.Counters progress) {
            List<SourceFile> readable = new ArrayList<>();
            List<FileResult> tooLarge = new ArrayList<>();
            for (SourceFile f : batch) {
                if (f.sizeBytes() > request.maxFileBytes()) {
                    tooLarge.add(IngestResults.tooLarge(f, request.maxFileBytes()));
                    progress.fileDone(f.sizeBytes(), false);
                } else {
                    readable.add(f);
                }
            }
            int bins = Math.max(BINS_PER_CORE * jsc.defaultParallelism(), (readable.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
            JavaRDD<FileResult> results = IngestResults.parse(jsc, new ByteBalancedPartitioner(bins).pack(readable),
                    request.parseOptions(), progress);
            if (!tooLarge.isEmpty()) {
                results = results.union(jsc.parallelize(tooLarge, 1));
            }
            results = results.persist(StorageLevel.MEMORY_AND_DISK());
            try {
                // Collecting the small ledger facts runs the parse once; both writes then read the cache.
                long parseStart = System.nanoTime();
                List<LedgerEntry> batchEntries = results.map(LedgerEntry::of).collect();
                long parsed = System.nanoTime();
                Map<String, String> duplicateOf = dedup.duplicates(batchEntries);
                Broadcast<Map<String, String>> dup = jsc.broadcast(new HashMap<>(duplicateOf));
                SparkSession spark = warehouse.spark();
                Dataset<Row> ledger = spark.createDataFrame(IngestResults.ledgerRows(results, request.runId(), Instant.now(), dup),
                        FilesTable.TABLE.schema());
                Dataset<Row> documents = spark.createDataFrame(IngestResults.documentRows(results, request.runId(), dup),
                        DocumentsTable.TABLE.schema());
                new IngestTablesWriter(warehouse).write(ledger, documents);
                commits += 2;
                commitNanos += System.nanoTime() - parsed;
                LOG.info("Ingest run {}: batch of {} files in {} partitions parsed in {} ms, committed in {} ms", request.runId(),
                        batch.size(), bins, (parsed - parseStart) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000);
                entries.addAll(batchEntries);
                duplicates.addAll(duplicateOf.keySet());
                dup.unpersist(false);
            } finally {
                results.unpersist(false);
            }
        }
    }
}
