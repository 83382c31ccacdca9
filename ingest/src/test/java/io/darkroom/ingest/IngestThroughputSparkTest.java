package io.darkroom.ingest;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a unit test: runs only with {@code -Ddarkroom.ingest.corpus=<folder>} and
 * prints wall time and files/s of two runs (cold JVM, then warm). Every file must be accounted for.
 */
@EnabledIfSystemProperty(named = "darkroom.ingest.corpus", matches = ".+")
class IngestThroughputSparkTest {
    @TempDir
    Path home;

    @Test
    void ingestsTheCorpusAndReportsThroughput() {
        String corpus = System.getProperty("darkroom.ingest.corpus");
        for (int run = 1; run <= 2; run++) {
            Warehouse warehouse = new Warehouse(SharedSpark.session(), home.resolve("run-" + run).toUri().toString());
            IngestSummary s = new IngestJob().run(warehouse, new IngestRequest(List.of(corpus), null));
            assertThat(s.invariantHolds()).isTrue();
            Map<String, Long> reasons = s.problems().stream()
                    .collect(Collectors.groupingBy(p -> p.status() + " " + p.errorClass(), Collectors.counting()));
            System.out.printf("THROUGHPUT run %d: %d files, %.1f MB, %d ms wall, %.1f files/s, %.2f MB/s; parsed %d failed %d"
                            + " encrypted %d skipped %d, %d documents; problems %s%n",
                    run, s.discovered(), s.bytes() / 1e6, s.wallMillis(), s.filesPerSecond(),
                    s.bytes() / 1e6 / (s.wallMillis() / 1000.0), s.parsed(), s.failed(), s.encrypted(), s.skipped(),
                    s.documents(), reasons);
        }
    }
}
