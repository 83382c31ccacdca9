package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.DocumentRecord;
import io.darkroom.ingest.parse.ParseOptions;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;

import java.time.Instant;
import java.util.List;

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

    public static JavaRDD<Row> ledgerRows(JavaRDD<FileResult> results, String runId, Instant ingestedAt) {
        return results.map(r -> TableRows.ledger(r, runId, ingestedAt));
    }

    public static JavaRDD<Row> documentRows(JavaRDD<FileResult> results, String runId) {
        return results.flatMap(r -> r.outcome().documents().stream()
                .map((DocumentRecord d) -> TableRows.document(d, runId)).iterator());
    }
}
