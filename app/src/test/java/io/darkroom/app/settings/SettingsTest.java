package io.darkroom.app.settings;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void theFileFillsWhatTheEnvironmentLeavesOpenAndNestedKeysMeanDottedOnes() throws IOException {
        Files.writeString(dir.resolve("darkroom.yaml"), """
                home: /srv/darkroom
                spark:
                  master: spark://10.0.0.5:7077
                smtp.host: mail.example.org
                smtp:
                  port: 587
                """);

        Map<String, String> env = Settings.environment(Map.of("DARKROOM_SPARK_MASTER", "local[4]"), dir);

        assertThat(env).containsEntry("DARKROOM_HOME", "/srv/darkroom")
                .containsEntry("DARKROOM_SPARK_MASTER", "local[4]")   // the environment wins over the file
                .containsEntry("DARKROOM_SMTP_HOST", "mail.example.org")
                .containsEntry("DARKROOM_SMTP_PORT", "587");
    }

    @Test
    void darkroomConfigPointsAtAnotherFileAndAMissingOneIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("prod.yaml"), "home: /data/prod\n");
        assertThat(Settings.environment(Map.of("DARKROOM_CONFIG", file.toString()), Path.of("/nonexistent")))
                .containsEntry("DARKROOM_HOME", "/data/prod");

        assertThatThrownBy(() -> Settings.environment(Map.of("DARKROOM_CONFIG", dir.resolve("nope.yaml").toString()), dir))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aMistypedKeyIsRefusedWithTheListOfKnownOnes() throws IOException {
        Files.writeString(dir.resolve("darkroom.yaml"), "hmoe: /srv\n");
        assertThatThrownBy(() -> Settings.environment(Map.of(), dir))
                .isInstanceOf(DarkroomException.class)
                .hasMessageContaining("Cannot use setting 'hmoe'").hasMessageContaining("home, public-url, smtp.from");
    }

    @Test
    void noFileMeansJustTheEnvironment() {
        assertThat(Settings.environment(Map.of("DARKROOM_HOME", "h"), dir)).containsOnly(Map.entry("DARKROOM_HOME", "h"));
    }
}
