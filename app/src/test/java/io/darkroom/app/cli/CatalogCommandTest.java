package io.darkroom.app.cli;

import io.darkroom.app.Darkroom;
import io.darkroom.analytics.catalog.CatalogOverrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of {@code darkroom catalog} that need no Spark. */
class CatalogCommandTest {
    @TempDir
    Path home;

    @Test
    void initOverridesWritesTheTemplateOnceAndNeverOverwritesTheUsersFile() throws Exception {
        ConsoleCapture first = ConsoleCapture.run(() -> Darkroom.run("catalog", "--home", home.toString(), "--init-overrides"));

        Path file = home.resolve(CatalogOverrides.YAML_FILE);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Wrote ").contains(CatalogOverrides.YAML_FILE);
        assertThat(Files.readString(file)).startsWith("# Darkroom catalog overrides");
        assertThat(CatalogOverrides.parse(file.toString(), Files.readString(file)).isEmpty()).isTrue();

        Files.writeString(file, "measures:\n  x: {synonyms: [y]}\n");
        ConsoleCapture second = ConsoleCapture.run(() -> Darkroom.run("catalog", "--home", home.toString(), "--init-overrides"));

        assertThat(second.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(second.err()).contains("Cannot write an overrides template to").contains("the file exists");
        assertThat(Files.readString(file)).isEqualTo("measures:\n  x: {synonyms: [y]}\n");
    }

    @Test
    void catalogHasHelp() {
        ConsoleCapture run = ConsoleCapture.run(() -> Darkroom.run("catalog", "--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: darkroom catalog", "--json", "--table", "--rebuild", "--init-overrides");
    }
}
