package io.darkroom.ingest.isolation;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real child JVMs running real Tika plus the test-only {@link PoisonParser}. */
class ForkedDocumentParserTest {
    private static final ParseOptions OPTIONS = ParseOptions.defaults()
            .withIsolation(ParseOptions.Isolation.FORKED)
            .withTimeout(Duration.ofSeconds(4))
            .withChildHeapMb(128);
    private static ForkedDocumentParser parser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        parser = new ForkedDocumentParser(OPTIONS);
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    @Test
    void aHangingParserTimesOutAsFailedAndTheNextFileStillParses() throws IOException {
        ParseOutcome hung = parser.parse(file("stuck.f", "poison"));
        ParseOutcome next = parser.parse(file("after-hang.txt", "Plain words after a hang."));

        assertThat(hung.status()).isEqualTo(FileStatus.FAILED);
        assertThat(hung.reason()).isEqualTo("timed out after 4 s");
        assertThat(hung.errorClass()).isEqualTo("java.util.concurrent.TimeoutException");
        assertThat(next.status()).isEqualTo(FileStatus.PARSED);
        assertThat(next.documents().get(0).text()).isEqualTo("Plain words after a hang.");
    }

    @Test
    void outOfMemoryInTheChildIsFailedWithTheHeapBoundAndTheNextFileStillParses() throws IOException {
        ParseOutcome oom = parser.parse(file("hog.adb", "poison"));
        ParseOutcome next = parser.parse(file("after-oom.txt", "Plain words after an OOM."));

        assertThat(oom.status()).isEqualTo(FileStatus.FAILED);
        assertThat(oom.errorClass()).isEqualTo("java.lang.OutOfMemoryError");
        assertThat(oom.reason()).contains("128 MiB heap");
        assertThat(next.status()).isEqualTo(FileStatus.PARSED);
    }

    @Test
    void stackOverflowInTheChildIsFailedWithoutRestartingIt() throws IOException {
        ParseOutcome soe = parser.parse(file("deep.cbl", "poison"));
        ParseOutcome next = parser.parse(file("after-soe.txt", "Plain words after a stack overflow."));

        assertThat(soe.status()).isEqualTo(FileStatus.FAILED);
        assertThat(soe.errorClass()).isEqualTo("java.lang.StackOverflowError");
        assertThat(next.status()).isEqualTo(FileStatus.PARSED);
    }

    @Test
    void closingEndsTheChildProcess() throws IOException {
        List<ProcessHandle> others = children();
        ForkedDocumentParser own = new ForkedDocumentParser(OPTIONS);
        own.parse(file("one.txt", "One file."));
        List<ProcessHandle> ownChildren = children().stream().filter(p -> !others.contains(p)).toList();

        own.close();

        assertThat(ownChildren).hasSize(1);
        assertThat(ownChildren).noneMatch(ProcessHandle::isAlive);
    }

    private static List<ProcessHandle> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
    }

    private static SourceFile file(String name, String content) throws IOException {
        Path path = Files.writeString(dir.resolve(name), content);
        return new SourceFile(path.toString(), Files.size(path), Instant.EPOCH);
    }
}
