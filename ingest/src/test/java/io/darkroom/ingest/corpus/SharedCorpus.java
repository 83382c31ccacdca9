package io.darkroom.ingest.corpus;

import io.darkroom.ingest.discovery.SourceFile;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The public corpora under ../shared/data/ingest-corpus, read in place (never copied: licences). */
final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The folder, or the test is skipped with the reason when it is not there. */
    static Path folder(String relative) {
        String shared = System.getProperty("darkroom.shared.data");
        Assumptions.assumeTrue(shared != null, "darkroom.shared.data is not set (surefire sets it to ../shared/data)");
        Path dir = Path.of(shared, "ingest-corpus", relative);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus folder absent, skipping: " + dir);
        return dir;
    }

    static List<SourceFile> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("SOURCE.md"))
                    .sorted()
                    .map(SharedCorpus::source)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFile source(Path p) {
        try {
            return new SourceFile(p.toString(), Files.size(p), Files.getLastModifiedTime(p).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
