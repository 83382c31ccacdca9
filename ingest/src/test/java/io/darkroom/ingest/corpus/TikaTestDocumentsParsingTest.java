package io.darkroom.ingest.corpus;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.isolation.CloseableDocumentParser;
import io.darkroom.ingest.isolation.DocumentParsers;
import io.darkroom.ingest.parse.DocumentRecord;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import io.darkroom.ingest.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of Apache Tika's own test documents (encrypted, corrupt, bomb-like, 80 formats)
 * through the forked parser with the owners' passwords: each gets an outcome, none escapes.
 */
class TikaTestDocumentsParsingTest {
    /** From SOURCE.md; the Unicode one is not listed there, so that file stays encrypted. */
    private static final List<String> PASSWORDS = List.of("tika", "ApacheTika", "test", "    ");

    @Test
    void everyFileGetsAnOutcomeAndPasswordProtectedOnesOpenOrStayEncrypted() throws Exception {
        Path dir = SharedCorpus.folder("tika-test-documents");
        List<SourceFile> files = SharedCorpus.files(dir);
        ParseOptions options = ParseOptions.defaults().withPasswords(PASSWORDS).withTimeout(Duration.ofSeconds(60));
        Map<String, ParseOutcome> outcomes = new LinkedHashMap<>();
        try (CloseableDocumentParser parser = DocumentParsers.open(options)) {
            for (SourceFile f : files) {
                outcomes.put(Path.of(f.path()).getFileName().toString(), parseOrFail(parser, f));
            }
        }

        assertThat(outcomes).hasSize(files.size());
        assertThat(files.size()).isGreaterThanOrEqualTo(290);
        // Opened with the supplied passwords, with the password's position noted (never the password).
        for (String name : List.of("testWORD_protected_passtika.docx", "testEXCEL_protected_passtika.xlsx",
                "testPPT_protected_passtika.pptx", "testPassword4Spaces.pdf")) {
            ParseOutcome o = outcomes.get(name);
            assertThat(o.status()).as(name + ": " + o.reason()).isEqualTo(FileStatus.PARSED);
            assertThat(o.documents().get(0).metadata()).containsKey(TikaDocumentParser.PASSWORD_USED_KEY);
        }
        ParseOutcome unicode = outcomes.get("testUnicodePassword.pdf");
        assertThat(unicode.status()).isEqualTo(FileStatus.ENCRYPTED);
        assertThat(unicode.documents().get(0).encrypted()).isTrue();
        assertThat(outcomes.get("droste.zip").status()).isIn(FileStatus.FAILED, FileStatus.PARSED);

        Map<FileStatus, Integer> byStatus = new TreeMap<>();
        int documents = 0;
        int goodText = 0;
        int withText = 0;
        for (ParseOutcome o : outcomes.values()) {
            byStatus.merge(o.status(), 1, Integer::sum);
            for (DocumentRecord d : o.documents()) {
                documents++;
                if (d.textQuality() != null) {
                    withText++;
                    if (!d.ocrCandidate()) {
                        goodText++;
                    }
                }
            }
        }
        System.out.printf("tika-test-documents: %d files %s; %d documents, %d with text, %d (%.0f %%) good text%n",
                files.size(), byStatus, documents, withText, goodText, 100.0 * goodText / Math.max(1, withText));
        outcomes.forEach((name, o) -> {
            if (o.status() != FileStatus.PARSED) {
                System.out.printf("  %-45s %-9s %s%n", name, o.status(), o.reason());
            }
        });
        assertThat(byStatus.getOrDefault(FileStatus.PARSED, 0)).isGreaterThan(files.size() * 3 / 4);
    }

    private static ParseOutcome parseOrFail(CloseableDocumentParser parser, SourceFile f) {
        try {
            return parser.parse(f);
        } catch (Exception e) {
            return new ParseOutcome.Failed(null, e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }
}
