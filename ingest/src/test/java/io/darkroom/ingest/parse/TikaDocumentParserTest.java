package io.darkroom.ingest.parse;

import io.darkroom.ingest.Fixtures;
import io.darkroom.ingest.Fixtures.Attachment;
import io.darkroom.ingest.discovery.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Tika 3.3.1 on real (generated) files: what rows each kind of input becomes. */
class TikaDocumentParserTest {
    private static final Instant MTIME = Instant.parse("2024-04-03T12:00:00Z");
    private static TikaDocumentParser parser;

    @TempDir
    Path dir;

    @BeforeAll
    static void createParser() {
        parser = new TikaDocumentParser();
    }

    @Test
    void emlBodyIsTheMessageTextAndOnlyNamedAttachmentsBecomeRows() throws IOException {
        Path eml = Fixtures.write(dir, "mail/invoice.eml", Fixtures.eml("m1", "Your invoice", "Tue, 05 Mar 2024 10:15:00 +0100",
                "m0", new Attachment("invoice-1.pdf", "application/pdf", Fixtures.pdf("Invoice 1", "INVOICE 1", "Total 100 EUR")),
                new Attachment("terms.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        Fixtures.docx("Terms", "SERVICE AGREEMENT", "Terms apply."))));

        List<DocumentRecord> docs = parsed(eml).documents();

        assertThat(docs).extracting(DocumentRecord::embeddedPath).containsExactly("", "/invoice-1.pdf", "/terms.docx");
        DocumentRecord message = docs.get(0);
        assertThat(message.mime()).isEqualTo("message/rfc822");
        assertThat(message.text()).isEqualTo("Hello Bob,\n\nplease find the invoice for m1 attached.\n\nRegards, Alice");
        assertThat(message.wordCount()).isEqualTo(11);
        assertThat(docs.subList(1, 3)).allSatisfy(attachment -> {
            assertThat(attachment.parentId()).isEqualTo(message.docId());
            assertThat(attachment.depth()).isEqualTo(1);
            assertThat(attachment.fileModifiedAt()).isEqualTo(MTIME);
            assertThat(attachment.email()).isEqualTo(DocumentRecord.EmailFields.NONE);
        });
        assertThat(docs.get(1).mime()).isEqualTo("application/pdf");
        assertThat(docs.get(1).text()).contains("INVOICE 1");
        assertThat(docs.get(2).mime()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docs.get(2).text()).startsWith("SERVICE AGREEMENT");
    }

    @Test
    void emlHeadersLandInTheEmailColumns() throws IOException {
        Path eml = Fixtures.write(dir, "reply.eml", Fixtures.eml("m2", "Re: Your invoice", "Tue, 05 Mar 2024 10:15:00 +0100", "m1"));

        DocumentRecord message = parsed(eml).documents().get(0);

        DocumentRecord.EmailFields email = message.email();
        assertThat(email.from()).isEqualTo("Alice Smith <alice@example.com>");
        assertThat(email.to()).containsExactly("Bob Jones <bob@example.com>", "carol@example.com");
        assertThat(email.cc()).hasSize(1).first().asString().contains("dave@example.com");
        assertThat(email.subject()).isEqualTo("Re: Your invoice");
        assertThat(email.sentAt()).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(email.messageId()).isEqualTo("<m2@example.com>");
        assertThat(email.inReplyTo()).isEqualTo("<m1@example.com>");
        assertThat(message.title()).isEqualTo("Re: Your invoice");
        assertThat(message.author()).isEqualTo("Alice Smith <alice@example.com>");
        assertThat(message.created()).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(message.metadata()).containsEntry("Message:From-Email", "alice@example.com")
                .doesNotContainKey("X-TIKA:content");
    }

    @Test
    void mboxIsOneRowPlusOneRowPerMessagePlusTheirAttachments() throws IOException {
        Path mbox = Fixtures.write(dir, "archive/customers.mbox", Fixtures.mbox());

        List<DocumentRecord> docs = parsed(mbox).documents();

        assertThat(docs).hasSize(5);
        DocumentRecord box = docs.get(0);
        assertThat(box.mime()).isEqualTo("application/mbox");
        assertThat(box.parentId()).isNull();
        List<DocumentRecord> messages = docs.stream().filter(d -> "message/rfc822".equals(d.mime())).toList();
        assertThat(messages).extracting(d -> d.email().subject())
                .containsExactly("Mailbox message 1", "Mailbox message 2", "Mailbox message 3");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.parentId()).isEqualTo(box.docId());
            assertThat(m.depth()).isEqualTo(1);
            assertThat(m.email().to()).containsExactly("Bob Jones <bob@example.com>", "carol@example.com");
            assertThat(m.text()).startsWith("Hello Bob,");
        });
        assertThat(messages).extracting(m -> m.email().sentAt()).containsExactly(
                Instant.parse("2024-04-01T10:00:00Z"), Instant.parse("2024-04-02T10:00:00Z"), Instant.parse("2024-04-03T10:00:00Z"));
        DocumentRecord attachment = docs.stream().filter(d -> "application/pdf".equals(d.mime())).findFirst().orElseThrow();
        assertThat(attachment.parentId()).isEqualTo(messages.get(1).docId());
        assertThat(attachment.depth()).isEqualTo(2);
    }

    @Test
    void nestedZipGivesRowsForEveryEntryAtAnyDepthButNotForDirectories() throws IOException {
        Path zip = Fixtures.write(dir, "bundle.zip", Fixtures.zipWithNestedZip());

        List<DocumentRecord> docs = parsed(zip).documents();
        Map<String, DocumentRecord> byPath = docs.stream()
                .collect(Collectors.toMap(DocumentRecord::embeddedPath, Function.identity()));

        // Tika names members by their base name, so the two readme.txt collide and the second gets "#2".
        assertThat(byPath.keySet()).containsExactlyInAnyOrder(
                "", "/readme.txt", "/readme.txt#2", "/inner.zip", "/inner.zip/a.txt", "/inner.zip/b.txt");
        assertThat(docs).extracting(DocumentRecord::docId).doesNotHaveDuplicates();
        assertThat(byPath.get("/inner.zip").parentId()).isEqualTo(byPath.get("").docId());
        assertThat(byPath.get("/inner.zip/b.txt").parentId()).isEqualTo(byPath.get("/inner.zip").docId());
        assertThat(byPath.get("/inner.zip/b.txt").depth()).isEqualTo(2);
        assertThat(byPath.get("/inner.zip/b.txt").text()).isEqualTo("Inner file B");
        assertThat(byPath.get("").mime()).isEqualTo("application/zip");
    }

    @Test
    void pdfMetadataLandsInItsColumns() throws IOException {
        Path pdf = Fixtures.write(dir, "invoices/2024/invoice-42.pdf",
                Fixtures.pdf("Invoice 42", "INVOICE 42", "Total: 1,250.00 EUR"));

        ParseOutcome.Parsed outcome = parsed(pdf);

        DocumentRecord doc = outcome.documents().get(0);
        assertThat(outcome.documents()).hasSize(1);
        assertThat(doc.docId()).isEqualTo(DocumentIds.of(pdf.toString(), ""));
        assertThat(doc.embeddedPath()).isEmpty();
        assertThat(doc.depth()).isZero();
        assertThat(doc.mime()).isEqualTo("application/pdf");
        assertThat(doc.title()).isEqualTo("Invoice 42");
        assertThat(doc.author()).isEqualTo("Acme Finance");
        assertThat(doc.created()).isEqualTo(Fixtures.PDF_CREATED);
        assertThat(doc.pages()).isEqualTo(1);
        // The body only: the title is a column, not the first line (contract: doc type reads line one).
        assertThat(doc.text()).isEqualTo("INVOICE 42\nTotal: 1,250.00 EUR");
        assertThat(doc.wordCount()).isEqualTo(5);
        assertThat(doc.encrypted()).isFalse();
        assertThat(doc.language()).isEqualTo("eng");
        assertThat(doc.textQuality()).isGreaterThan(0.5);
        assertThat(doc.noText()).isFalse();
        assertThat(doc.fileModifiedAt()).isEqualTo(MTIME);
    }

    @Test
    void docxIsOneRowWithItsCoreProperties() throws IOException {
        Path docx = Fixtures.write(dir, "tickets/t-1.docx", Fixtures.docx("Ticket 1", "SUPPORT TICKET 1", "The printer is on fire."));

        DocumentRecord doc = parsed(docx).documents().get(0);

        assertThat(doc.title()).isEqualTo("Ticket 1");
        assertThat(doc.author()).isEqualTo("Support Desk");
        assertThat(doc.text()).isEqualTo("SUPPORT TICKET 1\nThe printer is on fire.");
    }

    @Test
    void pdfUnderAWrongExtensionIsDetectedAndParsed() throws IOException {
        Path wrong = Fixtures.write(dir, "scan.docx", Fixtures.pdf("Wrong", "CONTRACT 9"));

        ParseOutcome.Parsed outcome = parsed(wrong);

        assertThat(outcome.mime()).isEqualTo("application/pdf");
        assertThat(outcome.documents().get(0).text()).contains("CONTRACT 9");
    }

    @Test
    void encryptedPdfIsOneEncryptedRowWithoutTextOrDates() throws IOException {
        Path pdf = Fixtures.write(dir, "secret.pdf", Fixtures.encryptedPdf());

        ParseOutcome outcome = parser.parse(file(pdf));

        assertThat(outcome).isInstanceOf(ParseOutcome.Encrypted.class);
        assertThat(outcome.status()).isEqualTo(FileStatus.ENCRYPTED);
        assertThat(outcome.errorClass()).isEqualTo("org.apache.tika.exception.EncryptedDocumentException");
        assertThat(outcome.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.encrypted()).isTrue();
            assertThat(doc.mime()).isEqualTo("application/pdf");
            assertThat(doc.text()).isNull();
            assertThat(doc.created()).isNull();
            assertThat(doc.modified()).isNull();
            assertThat(doc.fileModifiedAt()).isEqualTo(MTIME);
            assertThat(doc.parentId()).isNull();
        });
    }

    @Test
    void truncatedPdfFailsWithItsErrorClassAndARunStableReason() throws IOException {
        Path pdf = Fixtures.write(dir, "broken.pdf", Fixtures.truncatedPdf());

        ParseOutcome outcome = parser.parse(file(pdf));

        assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
        assertThat(outcome.documents()).isEmpty();
        assertThat(outcome.mime()).isEqualTo("application/pdf");
        assertThat(outcome.errorClass()).isEqualTo("org.apache.tika.exception.TikaException");
        assertThat(outcome.reason()).doesNotContain("\n").doesNotContainPattern("@[0-9a-f]{4,}").contains("caused by");
    }

    @Test
    void zeroByteFileIsSkippedAsEmpty() throws IOException {
        Path empty = Fixtures.write(dir, "empty.txt", new byte[0]);

        ParseOutcome outcome = parser.parse(file(empty));

        assertThat(outcome).isEqualTo(new ParseOutcome.Skipped(null, "empty file"));
    }

    @Test
    void binaryBlobIsSkippedAsUnsupportedFormat() throws IOException {
        Path blob = Fixtures.write(dir, "dump.bin", Fixtures.randomBlob(8192, 7));

        ParseOutcome outcome = parser.parse(file(blob));

        assertThat(outcome).isEqualTo(new ParseOutcome.Skipped("application/octet-stream",
                "unsupported format: application/octet-stream"));
    }

    private ParseOutcome.Parsed parsed(Path path) throws IOException {
        ParseOutcome outcome = parser.parse(file(path));
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }

    private static SourceFile file(Path path) throws IOException {
        return new SourceFile(path.toString(), Files.size(path), MTIME);
    }
}
