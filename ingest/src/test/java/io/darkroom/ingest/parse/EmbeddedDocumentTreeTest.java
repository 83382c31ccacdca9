package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDocumentTreeTest {
    private static final SourceFile FILE = new SourceFile("/share/mail/a.eml", 100, Instant.parse("2024-01-02T03:04:05Z"));

    @Test
    void unnamedTextPartOfAMessageIsFoldedIntoTheMessageText() {
        Metadata message = md("message/rfc822", null, null, "Main body");
        Metadata secondBody = md("text/plain; charset=UTF-8", "/1", "/embedded-1", "Second body part");
        Metadata attachment = md("application/pdf", "/2", "/report.pdf", "Report");
        attachment.set("Content-Disposition", "attachment; filename=\"report.pdf\"");

        List<DocumentRecord> docs = EmbeddedDocumentTree.assemble(FILE, List.of(message, secondBody, attachment));

        assertThat(docs).extracting(DocumentRecord::embeddedPath).containsExactly("", "/report.pdf");
        assertThat(docs.get(0).text()).isEqualTo("Main body\n\nSecond body part");
        assertThat(docs.get(1).parentId()).isEqualTo(docs.get(0).docId());
    }

    @Test
    void parentsFollowTheEmbeddedIdPathEvenWhenChildrenComeFirst() {
        Metadata zip = md("application/zip", null, null, "");
        Metadata innerChild = md("text/plain", "/1/2", "/inner.zip/a.txt", "a");
        Metadata inner = md("application/zip", "/1", "/inner.zip", "");

        List<DocumentRecord> docs = EmbeddedDocumentTree.assemble(FILE, List.of(zip, innerChild, inner));

        assertThat(docs).extracting(DocumentRecord::embeddedPath).containsExactly("", "/inner.zip", "/inner.zip/a.txt");
        assertThat(docs).extracting(DocumentRecord::depth).containsExactly(0, 1, 2);
        assertThat(docs.get(2).parentId()).isEqualTo(docs.get(1).docId());
        assertThat(docs.get(1).docId()).isEqualTo(DocumentIds.of("/share/mail/a.eml", "/inner.zip"));
    }

    @Test
    void idPathsCompareNumericallySegmentBySegment() {
        assertThat(EmbeddedDocumentTree.compareIdPaths("", "/1")).isNegative();
        assertThat(EmbeddedDocumentTree.compareIdPaths("/2", "/10")).isNegative();
        assertThat(EmbeddedDocumentTree.compareIdPaths("/2", "/2/3")).isNegative();
        assertThat(EmbeddedDocumentTree.compareIdPaths("/2/3", "/10")).isNegative();
    }

    private static Metadata md(String type, String idPath, String resourcePath, String text) {
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, type);
        if (idPath != null) {
            md.set(TikaCoreProperties.EMBEDDED_ID_PATH, idPath);
            md.set(TikaCoreProperties.EMBEDDED_RESOURCE_PATH, resourcePath);
        }
        md.set(TikaCoreProperties.TIKA_CONTENT, text);
        return md;
    }
}
