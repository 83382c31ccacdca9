package io.darkroom.ingest.corpus;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.isolation.CloseableDocumentParser;
import io.darkroom.ingest.isolation.DocumentParsers;
import io.darkroom.ingest.parse.DocumentRecord;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 801 real Enron messages (research-only data, read in place): headers land in their columns. */
class EnronEmailParsingTest {

    @Test
    void everyMessageParsesWithItsHeadersInTheEmailColumns() throws Exception {
        Path dir = SharedCorpus.folder("enron-email-sample/messages");
        List<SourceFile> files = SharedCorpus.files(dir);
        List<DocumentRecord> messages = new ArrayList<>();
        try (CloseableDocumentParser parser = DocumentParsers.open(ParseOptions.defaults())) {
            for (SourceFile f : files) {
                ParseOutcome o = parser.parse(f);
                assertThat(o.status()).as(f.path() + ": " + o.reason()).isEqualTo(FileStatus.PARSED);
                messages.add(o.documents().get(0));
            }
        }

        assertThat(files).hasSize(801);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.mime()).isEqualTo("message/rfc822");
            assertThat(m.email().messageId()).startsWith("<").endsWith(">");
            assertThat(m.email().threadId()).isNotNull();
        });
        assertThat(share(messages, m -> m.email().from() != null)).isGreaterThan(0.99);
        assertThat(share(messages, m -> !m.email().to().isEmpty())).isGreaterThan(0.95);
        assertThat(share(messages, m -> m.email().subject() != null)).isGreaterThan(0.90);
        assertThat(share(messages, m -> m.email().sentAt() != null)).isGreaterThan(0.99);
        assertThat(share(messages, m -> "eng".equals(m.language()))).isGreaterThan(0.90);
        Set<String> threads = new HashSet<>();
        messages.forEach(m -> threads.add(m.email().threadId()));
        System.out.printf("enron: %d messages, %d threads, from %.3f, to %.3f, subject %.3f, sent_at %.3f, eng %.3f, "
                        + "mean quality %.2f%n", messages.size(), threads.size(),
                share(messages, m -> m.email().from() != null), share(messages, m -> !m.email().to().isEmpty()),
                share(messages, m -> m.email().subject() != null), share(messages, m -> m.email().sentAt() != null),
                share(messages, m -> "eng".equals(m.language())),
                messages.stream().filter(m -> m.textQuality() != null).mapToDouble(DocumentRecord::textQuality).average().orElse(0));
        assertThat(threads.size()).isLessThan(messages.size());
    }

    private static double share(List<DocumentRecord> docs, java.util.function.Predicate<DocumentRecord> p) {
        return (double) docs.stream().filter(p).count() / docs.size();
    }
}
