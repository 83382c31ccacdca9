package io.darkroom.ingest.parse;

import io.darkroom.ingest.Fixtures;
import io.darkroom.ingest.Fixtures.Attachment;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what Tika 3.3.1 itself emits (no Darkroom code involved), so that a Tika upgrade that
 * changes a key or the shape of e-mails and archives fails here first, with a clear name.
 */
class TikaEmittedMetadataTest {
    @TempDir
    Path dir;

    @Test
    void emlBodyIsInlinedIntoTheMessageAndOnlyNamedPartsAreEmbedded() throws Exception {
        Path eml = Fixtures.write(dir, "a.eml", Fixtures.eml("x1", "Subject line", "Tue, 05 Mar 2024 10:15:00 +0100", "x0",
                new Attachment("notes.txt", "text/plain", "attached notes".getBytes())));

        List<Metadata> rows = parse(eml, BasicContentHandlerFactory.HANDLER_TYPE.TEXT);

        assertThat(rows).hasSize(2);
        Metadata message = rows.get(0);
        assertThat(message.get(TikaCoreProperties.TIKA_CONTENT)).contains("please find the invoice for x1")
                // TEXT writes the <head><title> too: the subject comes first; the parser uses BODY for that reason.
                .containsSubsequence("Subject line", "Hello Bob,");
        assertThat(message.getValues("Message-From")).containsExactly("Alice Smith <alice@example.com>");
        assertThat(message.getValues("Message-To")).containsExactly("Bob Jones <bob@example.com>", "carol@example.com");
        assertThat(message.getValues("Message-Cc")).containsExactly("Doe, Dave <dave@example.com>");
        assertThat(message.get("Message:Raw-Header:Message-ID")).isEqualTo("<x1@example.com>");
        assertThat(message.get("Message:Raw-Header:In-Reply-To")).isEqualTo("<x0@example.com>");
        assertThat(message.get("dc:subject")).isEqualTo("Subject line");
        assertThat(message.get("dcterms:created")).isEqualTo("2024-03-05T09:15:00Z");
        assertThat(message.get("Message:CC")).isNull();
        Metadata attachment = rows.get(1);
        assertThat(attachment.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH)).isEqualTo("/notes.txt");
        assertThat(attachment.get("Content-Disposition")).contains("filename=\"notes.txt\"");
    }

    @Test
    void mboxMessagesAreEmbeddedWithSyntheticResourcePaths() throws Exception {
        Path mbox = Fixtures.write(dir, "b.mbox", Fixtures.mbox());

        List<Metadata> rows = parse(mbox, BasicContentHandlerFactory.HANDLER_TYPE.BODY);

        assertThat(rows).extracting(m -> m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH))
                .containsExactlyInAnyOrder(null, "/embedded-1", "/embedded-2", "/embedded-2/invoice-2.pdf", "/embedded-3");
        assertThat(rows.get(0).get(Metadata.CONTENT_TYPE)).isEqualTo("application/mbox");
    }

    @Test
    void zipEntriesAreNamedByBaseNameAndDirectoriesAreNotEmitted() throws Exception {
        Path zip = Fixtures.write(dir, "c.zip", Fixtures.zipWithNestedZip());

        List<Metadata> rows = parse(zip, BasicContentHandlerFactory.HANDLER_TYPE.BODY);

        assertThat(rows).extracting(m -> m.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH))
                .containsExactlyInAnyOrder(null, "/readme.txt", "/readme.txt", "/inner.zip", "/inner.zip/a.txt", "/inner.zip/b.txt");
        assertThat(rows).extracting(m -> m.get(TikaCoreProperties.EMBEDDED_ID_PATH)).doesNotHaveDuplicates();
    }

    private static List<Metadata> parse(Path file, BasicContentHandlerFactory.HANDLER_TYPE type) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(new BasicContentHandlerFactory(type, -1), -1);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            new RecursiveParserWrapper(parser).parse(in, handler, metadata, context);
        }
        return handler.getMetadataList();
    }
}
