package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.FileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FileIngestorTest {
    @TempDir
    Path dir;

    @Test
    void stackOverflowInAParserBecomesAFailedFileNotACrash() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.xml"), "<a><a><a/></a></a>");
        FileIngestor ingestor = new FileIngestor(f -> {
            throw new StackOverflowError();
        });

        FileResult result = ingestor.ingest(new SourceFile(file.toString(), Files.size(file), Instant.EPOCH));

        assertThat(result.outcome().status()).isEqualTo(FileStatus.FAILED);
        assertThat(result.outcome().errorClass()).isEqualTo("java.lang.StackOverflowError");
        assertThat(result.outcome().reason()).isEqualTo("StackOverflowError");
        assertThat(result.sha256()).hasSize(64);
    }

    @Test
    void unreadableFileIsFailedWithTheIoError() {
        FileIngestor ingestor = new FileIngestor(f -> {
            throw new AssertionError("must not parse");
        });

        FileResult result = ingestor.ingest(new SourceFile(dir.resolve("gone.pdf").toString(), 10, Instant.EPOCH));

        assertThat(result.status()).isEqualTo("failed");
        assertThat(result.outcome().errorClass()).isEqualTo("java.nio.file.NoSuchFileException");
        assertThat(result.sha256()).isNull();
    }
}
