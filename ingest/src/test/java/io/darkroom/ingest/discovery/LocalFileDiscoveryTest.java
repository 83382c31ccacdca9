package io.darkroom.ingest.discovery;

import io.darkroom.core.DarkroomException;
import io.darkroom.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileDiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void walksRecursivelyKeepsRegularFilesSortedAndCountsAFileNamedTwiceOnce() throws Exception {
        Path b = Fixtures.write(dir, "b/deep/two.txt", "22");
        Path a = Fixtures.write(dir, "a.txt", "1");
        Files.createDirectories(dir.resolve("empty-dir"));
        Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2023-05-01T00:00:00Z")));

        List<SourceFile> files = new LocalFileDiscovery().discover(List.of(dir.toString(), b.toString()));

        assertThat(files).extracting(SourceFile::path).containsExactly(a.toString(), b.toString());
        assertThat(files.get(0).sizeBytes()).isEqualTo(1);
        assertThat(files.get(0).modifiedAt()).isEqualTo(Instant.parse("2023-05-01T00:00:00Z"));
    }

    @Test
    void fileUrisAndRelativePathsBecomeAbsolutePaths() {
        Path a = Fixtures.write(dir, "x.txt", "x");

        assertThat(new LocalFileDiscovery().discover(List.of(a.toUri().toString())))
                .extracting(SourceFile::path).containsExactly(a.toAbsolutePath().toString());
    }

    @Test
    void missingSourceIsRefused() {
        assertThatThrownBy(() -> new LocalFileDiscovery().discover(List.of(dir.resolve("missing").toString())))
                .isInstanceOf(DarkroomException.class)
                .hasMessageEndingWith("missing': it does not exist; check the path");
    }
}
