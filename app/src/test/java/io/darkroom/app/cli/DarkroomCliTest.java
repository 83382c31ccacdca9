package io.darkroom.app.cli;

import io.darkroom.app.Darkroom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DarkroomCliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEverySubcommand() {
        ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run("--help"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sample", "ingest", "ask", "demo", "serve");
    }

    @Test
    void eachSubcommandHasHelp() {
        for (String cmd : new String[]{"sample", "ingest", "ask", "demo", "serve"}) {
            ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run(cmd, "--help"));
            assertThat(run.exitCode()).as(cmd).isZero();
            assertThat(run.out()).as(cmd).contains("Usage: darkroom " + cmd);
        }
    }

    @Test
    void everyCommandOffersJsonForScripts() {
        java.util.List<picocli.CommandLine> leaves = new java.util.ArrayList<>();
        java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(new picocli.CommandLine(new Darkroom()).getSubcommands().values());
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            if (c.getSubcommands().isEmpty()) {
                leaves.add(c);
            }
            todo.addAll(c.getSubcommands().values());
        }
        assertThat(leaves).hasSizeGreaterThan(12);
        for (picocli.CommandLine c : leaves) {
            if (!c.getCommandName().equals("help")) {
                assertThat(c.getCommandSpec().findOption("--json")).as(c.getCommandSpec().qualifiedName()).isNotNull();
            }
        }
    }

    @Test
    void sampleAndNewKeyPrintParsableJson() throws Exception {
        Path out = dir.resolve("json-corpus");
        ConsoleCapture sample = ConsoleCapture.run(() -> Darkroom.run("sample", "--out", out.toString(), "--docs", "100", "--json"));
        assertThat(sample.exitCode()).isZero();
        var written = Json.mapper().readTree(sample.out());
        assertThat(written.get("files").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(Path.of(written.get("truth").asText())).exists();

        Path home = dir.resolve("key-home");
        ConsoleCapture key = ConsoleCapture.run(() -> Darkroom.run("serve", "--home", home.toString(), "--new-key", "fin",
                "--role", "read", "--groups", "finance,audit", "--json"));
        assertThat(key.exitCode()).isZero();
        var created = Json.mapper().readTree(key.out());
        assertThat(created.get("groups").toString()).isEqualTo("[\"finance\",\"audit\"]");
        assertThat(io.darkroom.app.server.ApiKeys.read(home).authenticate(created.get("key").asText())).isPresent();
    }

    @Test
    void unknownOptionIsAUserErrorWithExitCodeOne() {
        ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run("ask", "--bogus", "q"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--bogus");
    }

    @Test
    void tooSmallSampleIsAUserErrorNamingTheFolder() {
        Path out = dir.resolve("corpus");
        ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run("sample", "--out", out.toString(), "--docs", "5"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("Cannot generate the sample corpus in " + out);
    }

    @Test
    void ingestingAMissingFolderIsAUserError() {
        ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run("ingest", "--home", dir.resolve("home").toString(),
                "--master", "local[1]", dir.resolve("no-such-folder").toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("no-such-folder").contains("does not exist");
    }

    @Test
    void askingAnEmptyWarehouseTellsTheUserToIngestFirst() throws Exception {
        Path home = Files.createDirectories(dir.resolve("empty-home"));
        ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run("ask", "--home", home.toString(),
                "--master", "local[1]", "how many documents per month"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("darkroom ingest");
    }
}
