package io.darkroom.app.doctor;

import io.darkroom.core.config.DarkroomConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DoctorTest {
    @TempDir
    Path home;

    private static Check find(List<Check> checks, String subject) {
        return checks.stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static void deltaTable(Path warehouse, String name, int commits) throws IOException {
        Path log = Files.createDirectories(warehouse.resolve(name).resolve("_delta_log"));
        for (int v = 0; v < commits; v++) {
            Files.writeString(log.resolve(String.format("%020d.json", v)), "{}");
        }
        Files.writeString(log.resolve("00000000000000000000.checkpoint.parquet"), "");
    }

    @Test
    void anEmptyHomeIsAWarningThatSaysToIngest() {
        List<Check> checks = new Doctor(new DarkroomConfig(home.toString(), "local[2]"), 500).examine();

        Check warehouse = find(checks, "warehouse");
        assertThat(warehouse.status()).isEqualTo(Check.Status.WARN);
        assertThat(warehouse.fix()).contains("darkroom ingest");
        assertThat(find(checks, "java").status()).isEqualTo(Check.Status.OK);
        assertThat(find(checks, "spark").finding()).contains("local[2]");
    }

    @Test
    void aMissingHomeIsAWarningNotACrash() {
        Path absent = home.resolve("not-yet");
        Check check = find(new Doctor(new DarkroomConfig(absent.toString(), "local[2]"), 500).examine(), "home");
        assertThat(check.status()).isEqualTo(Check.Status.WARN);
        assertThat(check.finding()).contains("does not exist");
    }

    @Test
    void warehouseTablesAreListedWithTheirDeltaVersionsAndMissingEnrichmentIsNamed() throws IOException {
        Path warehouse = home.resolve("warehouse");
        deltaTable(warehouse, "files", 3);
        deltaTable(warehouse, "documents", 12);

        Check check = find(new Doctor(new DarkroomConfig(home.toString(), "local[2]"), 500).examine(), "warehouse");

        assertThat(check.status()).isEqualTo(Check.Status.WARN);
        assertThat(check.finding()).contains("files v2", "documents v11", "missing entities, facts, insights");
        assertThat(check.fix()).contains("darkroom enrich");
    }

    @Test
    void aCompleteWarehouseIsHealthy() throws IOException {
        Path warehouse = home.resolve("warehouse");
        for (String table : List.of("files", "documents", "entities", "facts", "insights")) {
            deltaTable(warehouse, table, 1);
        }
        assertThat(find(new Doctor(new DarkroomConfig(home.toString(), "local[2]"), 500).examine(), "warehouse").status())
                .isEqualTo(Check.Status.OK);
    }

    @Test
    void aStandaloneMasterThatListensIsReachableAndAClosedPortFailsWithAFix() throws IOException {
        int closedPort;
        try (ServerSocket listening = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Check reachable = new Doctor(new DarkroomConfig(home.toString(), "spark://127.0.0.1:" + listening.getLocalPort()), 2_000)
                    .sparkMaster();
            assertThat(reachable.status()).isEqualTo(Check.Status.OK);
            closedPort = listening.getLocalPort();
        }
        Check unreachable = new Doctor(new DarkroomConfig(home.toString(), "spark://127.0.0.1:" + closedPort), 2_000).sparkMaster();
        assertThat(unreachable.status()).isEqualTo(Check.Status.FAIL);
        assertThat(unreachable.finding()).contains("127.0.0.1:" + closedPort);
        assertThat(unreachable.fix()).contains("local-cluster");
    }

    @Test
    void aSmallHeapWarnsThatEnrichmentNeedsMore() {
        Check small = Doctor.memory(512L * 1024 * 1024);
        assertThat(small.status()).isEqualTo(Check.Status.WARN);
        assertThat(small.finding()).contains("max heap 0.5 GiB");
        assertThat(small.fix()).contains("-Xmx");
        assertThat(Doctor.memory(8L * 1024 * 1024 * 1024).status()).isEqualTo(Check.Status.OK);
    }

    @Test
    void theModelsJarOfTheBuildIsFound() {
        // app depends on the CoreNLP models jar: the build's own classpath must pass this check.
        assertThat(Doctor.models().status()).isEqualTo(Check.Status.OK);
    }
}
