package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Tika on generated archives: each limit of {@link ParseOptions.Limits} fails the file with its key. */
class ParseLimitsTest {
    @TempDir
    Path dir;

    @Test
    void archivesNestedDeeperThanTheLimitFailNamingTheLimit() throws IOException {
        byte[] zip = zip("leaf.txt", "innermost words".getBytes(StandardCharsets.UTF_8));
        for (int level = 0; level < 5; level++) {
            zip = zip("level" + level + ".zip", zip);
        }
        TikaDocumentParser parser = parser(new ParseOptions.Limits(1_000_000, 3, 1_000));

        ParseOutcome outcome = parser.parse(write("deep.zip", zip));

        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.errorClass()).isEqualTo(ParseLimitException.class.getName());
        assertThat(outcome.reason()).isEqualTo("embedded documents nested deeper than 3 levels (ingest.parse.max-embedded-depth)");
    }

    @Test
    void archivesWithinTheDepthLimitParse() throws IOException {
        byte[] zip = zip("inner.zip", zip("leaf.txt", "innermost words".getBytes(StandardCharsets.UTF_8)));

        ParseOutcome outcome = parser(new ParseOptions.Limits(1_000_000, 3, 1_000)).parse(write("ok.zip", zip));

        assertThat(outcome.status()).isEqualTo(FileStatus.PARSED);
        assertThat(outcome.documents()).hasSize(3);
    }

    @Test
    void moreEmbeddedDocumentsThanTheLimitFail() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 20; i++) {
                out.putNextEntry(new ZipEntry("f" + i + ".txt"));
                out.write(("file " + i).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }

        ParseOutcome outcome = parser(new ParseOptions.Limits(1_000_000, 10, 5)).parse(write("many.zip", bytes.toByteArray()));

        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).isEqualTo("more than 5 embedded documents (ingest.parse.max-embedded-count)");
    }

    @Test
    void textBeyondTheOutputLimitFails() throws IOException {
        String big = "word ".repeat(50_000);

        ParseOutcome outcome = parser(new ParseOptions.Limits(10_000, 10, 1_000))
                .parse(write("big.txt", big.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).isEqualTo("more than 10000 characters of text (ingest.parse.max-output-chars)");
    }

    private static TikaDocumentParser parser(ParseOptions.Limits limits) {
        return new TikaDocumentParser(ParseOptions.defaults().withLimits(limits));
    }

    private SourceFile write(String name, byte[] content) throws IOException {
        Path p = Files.write(dir.resolve(name), content);
        return new SourceFile(p.toString(), content.length, Instant.EPOCH);
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
