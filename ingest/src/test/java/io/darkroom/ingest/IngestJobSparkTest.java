package io.darkroom.ingest;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.Fixtures.Attachment;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole run on a folder with one file of every kind the contract names, good and broken. */
class IngestJobSparkTest {
    @TempDir
    Path share;
    @TempDir
    Path home;

    private Warehouse warehouse;

    @BeforeEach
    void createShare() {
        warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());
        Fixtures.write(share, "invoices/invoice-1.pdf", Fixtures.pdf("Invoice 1", "INVOICE 1", "Total 100 EUR"));
        Fixtures.write(share, "tickets/ticket-1.docx", Fixtures.docx("Ticket 1", "SUPPORT TICKET 1", "Broken screen."));
        Fixtures.write(share, "mail/invoice.eml", Fixtures.eml("m1", "Your invoice", "Tue, 05 Mar 2024 10:15:00 +0100", null,
                new Attachment("invoice-1.pdf", "application/pdf", Fixtures.pdf("Invoice 1", "INVOICE 1"))));
        Fixtures.write(share, "mail/customers.mbox", Fixtures.mbox());
        Fixtures.write(share, "archive/bundle.zip", Fixtures.zipWithNestedZip());
        Fixtures.write(share, "scans/scan.docx", Fixtures.pdf("Scan", "CONTRACT 9"));
        Fixtures.write(share, "broken/truncated.pdf", Fixtures.truncatedPdf());
        Fixtures.write(share, "broken/secret.pdf", Fixtures.encryptedPdf());
        Fixtures.write(share, "broken/empty.txt", new byte[0]);
        Fixtures.write(share, "broken/dump.bin", Fixtures.randomBlob(4096, 3));
    }

    @Test
    void everyFileGetsItsContractStatusAndEveryDocumentARow() {
        IngestSummary summary = new IngestJob().run(warehouse, new IngestRequest(List.of(share.toString()), "run-1"));

        assertThat(summary.invariantHolds()).isTrue();
        assertThat(List.of(summary.discovered(), summary.parsed(), summary.failed(), summary.encrypted(), summary.skipped()))
                .containsExactly(10L, 6L, 1L, 1L, 2L);
        // pdf 1 + docx 1 + eml 2 + mbox 5 + zip 6 + pdf-as-docx 1 + encrypted 1
        assertThat(summary.documents()).isEqualTo(17);
        assertThat(summary.filesByMime()).containsEntry("application/pdf", 4L).containsEntry("unknown", 1L);
        assertThat(summary.problems()).extracting(FileProblem::path, FileProblem::status, FileProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(path("broken/dump.bin"), "skipped", "unsupported format: application/octet-stream"),
                        org.assertj.core.groups.Tuple.tuple(path("broken/empty.txt"), "skipped", "empty file"),
                        org.assertj.core.groups.Tuple.tuple(path("broken/secret.pdf"), "encrypted", summary.problems().get(2).reason()),
                        org.assertj.core.groups.Tuple.tuple(path("broken/truncated.pdf"), "failed", summary.problems().get(3).reason()));

        Map<String, String> statusByPath = warehouse.read(FilesTable.TABLE).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(FilesTable.PATH), r -> r.getAs(FilesTable.STATUS)));
        assertThat(statusByPath).hasSize(10)
                .containsEntry(path("scans/scan.docx"), "parsed")
                .containsEntry(path("broken/truncated.pdf"), "failed")
                .containsEntry(path("broken/secret.pdf"), "encrypted");
        Row truncated = ledgerRow(path("broken/truncated.pdf"));
        assertThat((String) truncated.getAs(FilesTable.ERROR_CLASS)).isEqualTo("org.apache.tika.exception.TikaException");
        assertThat((String) truncated.getAs(FilesTable.SHA256)).hasSize(64);
        assertThat((Integer) ledgerRow(path("archive/bundle.zip")).getAs(FilesTable.DOCUMENT_COUNT)).isEqualTo(6);

        Dataset<Row> documents = warehouse.read(DocumentsTable.TABLE);
        assertThat(documents.count()).isEqualTo(17);
        assertThat(documents.select(DocumentsTable.DOC_ID).distinct().count()).isEqualTo(17);
        assertThat(documents.where(col(DocumentsTable.FILE_PATH).equalTo(path("broken/truncated.pdf"))).count()).isZero();
    }

    @Test
    void emailRowsCarryTheirHeadersAndAttachmentsPointToTheirMessage() {
        new IngestJob().run(warehouse, IngestRequest.of(share.resolve("mail").toString()));

        Dataset<Row> documents = warehouse.read(DocumentsTable.TABLE);
        Row message = documents.where(col(DocumentsTable.FILE_PATH).equalTo(path("mail/invoice.eml"))
                .and(col(DocumentsTable.DEPTH).equalTo(0))).first();
        assertThat((String) message.getAs(DocumentsTable.EMAIL_FROM)).isEqualTo("Alice Smith <alice@example.com>");
        assertThat(message.<String>getList(message.fieldIndex(DocumentsTable.EMAIL_TO)))
                .containsExactly("Bob Jones <bob@example.com>", "carol@example.com");
        assertThat(message.<String>getList(message.fieldIndex(DocumentsTable.EMAIL_CC))).containsExactly("Doe, Dave <dave@example.com>");
        assertThat((String) message.getAs(DocumentsTable.SUBJECT)).isEqualTo("Your invoice");
        assertThat((Timestamp) message.getAs(DocumentsTable.SENT_AT)).isEqualTo(Timestamp.from(Instant.parse("2024-03-05T09:15:00Z")));
        assertThat((String) message.getAs(DocumentsTable.MESSAGE_ID)).isEqualTo("<m1@example.com>");
        assertThat((String) message.getAs(DocumentsTable.TEXT)).startsWith("Hello Bob,");
        assertThat(message.<String, String>getJavaMap(message.fieldIndex(DocumentsTable.METADATA)))
                .containsEntry("Message:From-Email", "alice@example.com");

        Row attachment = documents.where(col(DocumentsTable.PARENT_ID).equalTo(message.<String>getAs(DocumentsTable.DOC_ID))).first();
        assertThat((String) attachment.getAs(DocumentsTable.EMBEDDED_PATH)).isEqualTo("/invoice-1.pdf");
        assertThat((Object) attachment.getAs(DocumentsTable.EMAIL_TO)).isNull();
        assertThat((Timestamp) attachment.getAs(DocumentsTable.FILE_MODIFIED_AT))
                .isEqualTo(message.<Timestamp>getAs(DocumentsTable.FILE_MODIFIED_AT));

        assertThat(documents.where(col(DocumentsTable.MIME).equalTo("message/rfc822")).count()).isEqualTo(4);
        assertThat(documents.where(col(DocumentsTable.IN_REPLY_TO).equalTo("<mbox-2@example.com>")).count()).isEqualTo(1);
    }

    @Test
    void reRunDoesNotDuplicateAndDropsRowsAFileNoLongerYields() {
        IngestJob job = new IngestJob();
        job.run(warehouse, IngestRequest.of(share.toString()));
        IngestSummary second = job.run(warehouse, IngestRequest.of(share.toString()));

        assertThat(warehouse.read(FilesTable.TABLE).count()).isEqualTo(10);
        assertThat(warehouse.read(DocumentsTable.TABLE).count()).isEqualTo(17);
        assertThat(warehouse.read(FilesTable.TABLE).select(FilesTable.RUN_ID).distinct().collectAsList())
                .extracting(r -> r.getString(0)).containsExactly(second.runId());

        // The archive now holds one member instead of five; the truncated PDF now parses.
        Fixtures.write(share, "archive/bundle.zip", Fixtures.zip(new String[]{"only.txt", "just one"}));
        Fixtures.write(share, "broken/truncated.pdf", Fixtures.pdf("Fixed", "INVOICE 7"));
        IngestSummary third = job.run(warehouse, IngestRequest.of(share.resolve("archive").toString(),
                share.resolve("broken/truncated.pdf").toString()));

        assertThat(third.discovered()).isEqualTo(2);
        assertThat(warehouse.read(FilesTable.TABLE).count()).isEqualTo(10);
        assertThat(ledgerRow(path("broken/truncated.pdf")).<String>getAs(FilesTable.STATUS)).isEqualTo("parsed");
        Dataset<Row> documents = warehouse.read(DocumentsTable.TABLE);
        assertThat(documents.where(col(DocumentsTable.FILE_PATH).equalTo(path("archive/bundle.zip"))).count()).isEqualTo(2);
        assertThat(documents.count()).isEqualTo(17 - 6 + 2 + 1);
    }

    private Row ledgerRow(String path) {
        return warehouse.read(FilesTable.TABLE).where(col(FilesTable.PATH).equalTo(path)).first();
    }

    private String path(String relative) {
        return share.resolve(relative).toAbsolutePath().toString();
    }
}
