package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.HadoopConf;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.discovery.SourceFileReader;
import io.darkroom.ingest.parse.DocumentRecord;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import io.darkroom.ingest.progress.ProgressTracker;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Spark side of a run: parse the bins, then derive the two tables' rows from one result set. */
public final class IngestResults {
    private IngestResults() {
    }

    /** One partition per bin: {@code parallelize} with as many slices as elements puts exactly one in each. */
    public static JavaRDD<FileResult> parse(JavaSparkContext jsc, List<List<SourceFile>> bins, ParseOptions options) {
        if (bins.isEmpty()) {
            return jsc.emptyRDD();
        }
        return jsc.parallelize(bins, bins.size()).mapPartitions(new PartitionParser(options));
    }

    /** As {@link #parse(JavaSparkContext, List, ParseOptions)}, counting every finished file for the progress display. */
    public static JavaRDD<FileResult> parse(JavaSparkContext jsc, List<List<SourceFile>> bins, ParseOptions options,
                                            ProgressTracker.Counters progress) {
        return parse(jsc, bins, options).map(r -> {
            progress.fileDone(r.file().sizeBytes(), r.outcome().status() == FileStatus.FAILED);
            return r;
        });
    }

    /** A file over {@code ingest.max-file-bytes}: skipped unread, so not even hashed. */
    public static FileResult tooLarge(SourceFile file, long maxFileBytes) {
        return new FileResult(file, null, new ParseOutcome.Skipped(null, tooLargeReason(maxFileBytes)), 0);
    }

    public static String tooLargeReason(long maxFileBytes) {
        String mb = BigDecimal.valueOf(maxFileBytes).movePointLeft(6).stripTrailingZeros().toPlainString();
        return "larger than " + mb + " MB (ingest.max-file-bytes)";
    }

    /**
     * SHA-256 of each file, read on the executors (through Hadoop for remote files). A file that
     * cannot be read has no entry, which makes the incremental plan parse it again.
     */
    public static Map<String, String> sha256(JavaSparkContext jsc, List<SourceFile> files, HadoopConf conf) {
        if (files.isEmpty()) {
            return Map.of();
        }
        int slices = Math.min(files.size(), 4 * jsc.defaultParallelism());
        List<Tuple2<String, String>> hashes = jsc.parallelize(files, slices).mapPartitions(it -> {
            SourceFileReader reader = new SourceFileReader(conf);
            List<Tuple2<String, String>> out = new java.util.ArrayList<>();
            while (it.hasNext()) {
                SourceFile f = it.next();
                try {
                    out.add(new Tuple2<>(f.path(), reader.sha256(f)));
                } catch (IOException e) {
                    // No hash: the planner treats the file as changed and the parse records why it fails.
                }
            }
            return out.iterator();
        }).collect();
        Map<String, String> byPath = new HashMap<>();
        hashes.forEach(t -> byPath.put(t._1(), t._2()));
        return byPath;
    }

    /** @param duplicateOf path → the path holding its content, for the files whose rows are not stored */
    public static JavaRDD<Row> ledgerRows(JavaRDD<FileResult> results, String runId, Instant ingestedAt,
                                          Broadcast<Map<String, String>> duplicateOf) {
        return results.map(r -> TableRows.ledger(r, runId, ingestedAt, duplicateOf.value().get(r.file().path())));
    }

    public static JavaRDD<Row> documentRows(JavaRDD<FileResult> results, String runId,
                                            Broadcast<Map<String, String>> duplicateOf) {
        return results.filter(r -> !duplicateOf.value().containsKey(r.file().path()))
                .flatMap(r -> r.outcome().documents().stream()
                        .map((DocumentRecord d) -> TableRows.document(d, runId)).iterator());
    }
}
