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
