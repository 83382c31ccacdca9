package io.darkroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract end to end on the generated sample corpus: ledger counts by status, the number of
 * document rows and each broken file's status must equal truth.json. truth.json is read as JSON
 * with the contract's field names, and the generator is called reflectively, so this test compiles
 * against any build of darkroom-sample and is skipped (with the reason) while it has no generator.
 */
class SampleCorpusIngestSparkTest {
    private static final String GENERATOR = "io.darkroom.sample.SampleCorpus";

    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @Test
    void ingestOfTheSampleCorpusMatchesTruthJson() throws Exception {
        generate(corpus, 200, 42L);
        JsonNode truth = new ObjectMapper().readTree(corpus.resolve("truth.json").toFile());
        List<String> sources;
        try (Stream<Path> entries = Files.list(corpus)) {
            // truth.json describes the share; it is not part of it.
            sources = entries.filter(p -> !p.getFileName().toString().equals("truth.json")).map(Path::toString).sorted().toList();
        }
        Warehouse warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());

        IngestSummary summary = new IngestJob().run(warehouse, new IngestRequest(sources, "sample-200-42"));

        assertThat(summary.invariantHolds()).isTrue();
        Map<String, Long> byStatus = warehouse.read(FilesTable.TABLE).groupBy(FilesTable.STATUS).count().collectAsList()
                .stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1), Long::sum, TreeMap::new));
        Map<String, Long> expectedByStatus = new TreeMap<>();
        truth.path("files").path("by_status").fields().forEachRemaining(e -> {
            if (e.getValue().asLong() > 0) {
                expectedByStatus.put(e.getKey(), e.getValue().asLong());
            }
        });
        assertThat(summary.discovered()).as("files.total").isEqualTo(truth.path("files").path("total").asLong());
        assertThat(byStatus).as("files.by_status").isEqualTo(expectedByStatus);

        Map<String, String> statusByRelativePath = warehouse.read(FilesTable.TABLE).collectAsList().stream()
                .collect(Collectors.toMap(r -> relative(r.getAs(FilesTable.PATH)), (Row r) -> r.getAs(FilesTable.STATUS)));
        for (JsonNode broken : truth.path("broken")) {
            assertThat(statusByRelativePath.get(broken.path("path").asText()))
                    .as("status of broken file %s (%s)", broken.path("path").asText(), broken.path("kind").asText())
                    .isEqualTo(broken.path("status").asText());
        }

        JsonNode documents = truth.path("documents");
        long topLevel = warehouse.read(DocumentsTable.TABLE).where(DocumentsTable.PARENT_ID + " IS NULL").count();
        assertThat(topLevel).as("documents.top_level").isEqualTo(documents.path("top_level").asLong());
        assertThat(warehouse.read(DocumentsTable.TABLE).count()).as("documents.total").isEqualTo(documents.path("total").asLong());
        assertThat(summary.documents()).isEqualTo(documents.path("total").asLong());
    }

    private String relative(String absolute) {
        return corpus.relativize(Path.of(absolute)).toString().replace('\\', '/');
    }

    private static void generate(Path out, int docs, long seed) throws Exception {
        Class<?> generator;
        try {
            generator = Class.forName(GENERATOR);
        } catch (ClassNotFoundException e) {
            assumeTrue(false, "darkroom-sample on the test classpath has no " + GENERATOR + " yet");
            return;
        }
        generator.getMethod("generate", Path.class, int.class, long.class).invoke(null, out, docs, seed);
    }
}
