package io.darkroom.ingest.isolation;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.job.ByteBalancedPartitioner;
import io.darkroom.ingest.job.FileResult;
import io.darkroom.ingest.job.IngestResults;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.ParseOptions;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's wiring: Spark tasks borrow forked parsers from the executor's pool instead of each starting a JVM. */
class PooledPartitionsSparkTest {
    @TempDir
    Path share;

    @Test
    void sixteenPartitionsOnTwoCoresStartAtMostTwoParserProcesses() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Path path = Files.writeString(share.resolve("note-" + i + ".txt"), "Note number " + i + ".");
            files.add(new SourceFile(path.toString(), Files.size(path), Instant.EPOCH));
        }
        // Options no other test uses, so that no child another test left waiting is counted or reused.
        ParseOptions options = ParseOptions.defaults().withChildHeapMb(160);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
        int before = ForkedParserPool.SHARED.created();

        List<FileResult> results = IngestResults.parse(jsc, new ByteBalancedPartitioner(16).pack(files), options).collect();

        assertThat(results).hasSize(16).allMatch(r -> r.outcome().status() == FileStatus.PARSED);
        assertThat(results).extracting(r -> r.outcome().documents().get(0).text()).contains("Note number 15.");
        assertThat(ForkedParserPool.SHARED.created() - before).isBetween(1, 2);
    }
}
