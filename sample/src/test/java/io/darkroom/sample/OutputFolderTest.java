package io.darkroom.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void refusesAFolderThatHoldsSomeoneElsesFiles() throws IOException {
        Path mine = Files.writeString(dir.resolve("thesis.txt"), "do not touch");

        assertThatThrownBy(() -> SampleCorpus.generate(dir, 100, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot generate the sample corpus into " + dir)
                .hasMessageContaining("not empty");
        assertThat(mine).hasContent("do not touch");
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(mine));
    }

    @Test
    void refusesAFolderWhoseTruthJsonIsNotOurs() throws IOException {
        Files.writeString(dir.resolve(SampleTruth.FILE_NAME), "{\"generator\": \"someone-else\"}");

        assertThatThrownBy(() -> SampleCorpus.generate(dir, 100, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no truth.json from darkroom-sample");
    }

    @Test
    void replacesAnEarlierCorpusOfThisGenerator() throws IOException {
        SampleCorpus.generate(dir, 150, 1);
        SampleTruth again = SampleCorpus.generate(dir, 100, 1);

        try (var walk = Files.walk(dir)) {
            assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo(again.files().total() + 1);
        }
    }

    @Test
    void rejectsFewerThanOneHundredDocuments() {
        assertThatThrownBy(() -> SampleCorpus.generate(dir.resolve("small"), 99, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99")
                .hasMessageContaining("at least 100");
        assertThat(dir.resolve("small")).doesNotExist();
    }
}
