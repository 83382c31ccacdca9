package io.darkroom.ingest.job;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.ingest.Fixtures;
import io.darkroom.ingest.discovery.LocalFileDiscovery;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ParseOptions;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One huge file among many small ones: it gets a partition of its own, so the partition that
 * parses it holds no small files, and every file comes back exactly once through Spark.
 */
class SkewedSizesSparkTest {
    @TempDir
    Path share;

    @Test
    void aHugeFileIsAloneInItsPartitionAndEveryFileIsParsedOnce() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            huge.append("line ").append(i).append('\n');
        }
        Fixtures.write(share, "huge.txt", huge.toString());
        for (int i = 0; i < 60; i++) {
            Fixtures.write(share, "small/s" + i + ".txt", "MEETING NOTES " + i);
        }
        List<SourceFile> files = new LocalFileDiscovery().discover(List.of(share.toString()));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());

        List<List<SourceFile>> bins = new ByteBalancedPartitioner(8).pack(files);
        List<List<String>> partitions = IngestResults.parse(jsc, bins, ParseOptions.defaults())
                .map(r -> r.file().path() + "|" + r.status()).glom().collect();

        List<String> withHuge = partitions.stream().filter(p -> p.stream().anyMatch(s -> s.contains("huge.txt"))).findFirst().orElseThrow();
        assertThat(withHuge).hasSize(1);
        assertThat(partitions.stream().mapToInt(List::size).sum()).isEqualTo(61);
        assertThat(partitions.stream().flatMap(List::stream).distinct().count()).isEqualTo(61);
        assertThat(partitions.stream().flatMap(List::stream)).allMatch(s -> s.endsWith("|parsed"));
        // The small files spread over the other partitions instead of queueing behind the huge one.
        assertThat(partitions.stream().filter(p -> !p.equals(withHuge)).mapToInt(List::size).max().orElseThrow()).isLessThanOrEqualTo(9);
    }
}
