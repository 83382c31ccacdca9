package io.darkroom.ingest.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.sample.SampleCorpus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a run, then a re-run: a real child JVM ingests a 300-document
 * sample share in batches of 40 files and is killed with {@link Process#destroyForcibly()} as soon
 * as its second documents commit appears, which is usually between a documents commit and its
 * ledger commit, the window the write order must make harmless. The re-run in this JVM must end
 * with the counts of truth.json, no duplicate doc_id or path, and must not have parsed the files
 * of the batches the child finished.
 */
class KilledIngestRecoverySparkTest {
    private static final int FILES_PER_COMMIT = 40;

    @TempDir
    Path corpus;
    @TempDir
    Path home;

    static IngestRequest request(String share) {
        // truth.json describes the share; it is not part of it.
        return new IngestRequest(List.of(share), new PathFilter(List.of(), List.of("truth.json")), null, null);
    }

    @Test
    void aRunKilledMidWayIsCompletedByTheNextRunWithoutDuplicatesOrLostFiles() throws Exception {
        SampleCorpus.generate(corpus, 300, 42L);
        JsonNode truth = new ObjectMapper().readTree(corpus.resolve("truth.json").toFile());
        String warehouseUri = home.toUri().toString();
        Path secondDocumentsCommit = home.resolve("documents/_delta_log/00000000000000000001.json");

        Process child = startChild(corpus.toString(), warehouseUri);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(secondDocumentsCommit) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("child still running when its second documents commit appeared").isTrue();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long ledgerCommitsAtKill = commits("files");
        long documentsCommitsAtKill = commits("documents");

        Warehouse warehouse = new Warehouse(SharedSpark.session(), warehouseUri);
        IngestSummary rerun = new IngestJob().run(warehouse, request(corpus.toString()));

        System.out.printf("kill test: killed after %d documents / %d ledger commits; re-run: %s%n",
                documentsCommitsAtKill, ledgerCommitsAtKill, rerun.changes());
        assertThat(rerun.invariantHolds()).isTrue();
        assertThat(rerun.discovered()).isEqualTo(truth.path("files").path("total").asLong());
        assertThat(rerun.changes().unchanged()).as("files of the batches the child committed are not parsed again")
                .isEqualTo((ledgerCommitsAtKill) * FILES_PER_COMMIT);
        Dataset<Row> ledger = warehouse.read(FilesTable.TABLE);
        Dataset<Row> documents = warehouse.read(DocumentsTable.TABLE);
        assertThat(ledger.count()).isEqualTo(ledger.select(FilesTable.PATH).distinct().count())
                .isEqualTo(truth.path("files").path("total").asLong());
        assertThat(documents.count()).isEqualTo(documents.select(DocumentsTable.DOC_ID).distinct().count())
                .isEqualTo(truth.path("documents").path("total").asLong());
        Map<String, Long> byStatus = ledger.groupBy(FilesTable.STATUS).count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1), Long::sum, TreeMap::new));
        Map<String, Long> expected = new TreeMap<>();
        truth.path("files").path("by_status").fields().forEachRemaining(e -> {
            if (e.getValue().asLong() > 0) {
                expected.put(e.getKey(), e.getValue().asLong());
            }
        });
        assertThat(byStatus).isEqualTo(expected);
    }

    private long commits(String table) throws Exception {
        Path log = home.resolve(table).resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            return 0;
        }
        try (var files = Files.list(log)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{20}\\.json")).count();
        }
    }

    private Process startChild(String share, String warehouseUri) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Surefire's argLine carries the Spark flags; a debugger or coverage agent would clash.
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")) {
                command.add(arg);
            }
        }
        command.add("-Dspark.ui.enabled=false");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(IngestChildProcess.class.getName());
        command.add(share);
        command.add(warehouseUri);
        command.add(Integer.toString(FILES_PER_COMMIT));
        File log = new File("target/kill-test-child.log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }
}
