package io.darkroom.ingest.runs;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.Fixtures;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.progress.ProgressSnapshot;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/** Re-runs over a changing share: what is parsed again, what is kept, what is marked deleted. */
class IncrementalIngestSparkTest {
    @TempDir
    Path share;
    @TempDir
    Path home;

    private Warehouse warehouse;
    private final IngestJob job = new IngestJob();

    @BeforeEach
    void createShare() {
        warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());
        Fixtures.write(share, "a/invoice-1.pdf", Fixtures.pdf("Invoice 1", "INVOICE 1", "Total 100 EUR"));
        Fixtures.write(share, "a/invoice-2.pdf", Fixtures.pdf("Invoice 2", "INVOICE 2", "Total 200 EUR"));
        Fixtures.write(share, "b/notes.txt", "MEETING NOTES\nWe met.");
        Fixtures.write(share, "b/archive.zip", Fixtures.zip(new String[]{"x.txt", "x"}, new String[]{"y.txt", "y"}));
        Fixtures.write(share, "c/old.txt", "CONTRACT 1\nTo be removed.");
    }

    @Test
    void reRunSkipsUnchangedReparsesChangedAndMarksRemovedFilesDeleted() throws Exception {
        IngestSummary first = job.run(warehouse, IngestRequest.of(share.toString()));
        assertThat(first.changes()).isEqualTo(new IngestSummary.Changes(5, 0, 0, 0, 0));
        assertThat(first.documents()).isEqualTo(7);

        Fixtures.write(share, "b/notes.txt", "MEETING NOTES\nWe met twice.");
        Files.delete(share.resolve("c/old.txt"));
        Fixtures.write(share, "d/new.txt", "SUPPORT TICKET 5\nHelp.");
        // Same bytes, new time: a copy or a restore. The hash proves it unchanged.
        Files.setLastModifiedTime(share.resolve("a/invoice-2.pdf"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        IngestSummary second = job.run(warehouse, IngestRequest.of(share.toString()));

        assertThat(second.changes()).isEqualTo(new IngestSummary.Changes(1, 1, 3, 1, 0));
        assertThat(second.work().files()).isEqualTo(2);
        assertThat(second.invariantHolds()).isTrue();
        assertThat(second.discovered()).isEqualTo(5);
        assertThat(second.documents()).isEqualTo(7);
        Map<String, String> status = statusByPath();
        assertThat(status).containsEntry(path("c/old.txt"), "deleted").containsEntry(path("d/new.txt"), "parsed")
                .containsEntry(path("a/invoice-2.pdf"), "parsed").hasSize(6);
        assertThat(documentsOf("c/old.txt")).isZero();
        assertThat(warehouse.read(DocumentsTable.TABLE).count()).isEqualTo(7);
        assertThat(warehouse.read(DocumentsTable.TABLE).where(col(DocumentsTable.FILE_PATH).equalTo(path("b/notes.txt")))
                .first().<String>getAs(DocumentsTable.TEXT)).contains("twice");
        Row touched = ledgerRow("a/invoice-2.pdf");
        assertThat(touched.getTimestamp(touched.fieldIndex(FilesTable.MODIFIED_AT)).toInstant())
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(touched.<String>getAs(FilesTable.RUN_ID)).isEqualTo(second.runId());

        IngestSummary third = job.run(warehouse, IngestRequest.of(share.toString()));
        assertThat(third.changes()).isEqualTo(new IngestSummary.Changes(0, 0, 5, 0, 0));
        assertThat(third.work().commits()).isEqualTo(1);
    }

    @Test
    void aFileThatComesBackAfterDeletionIsNewAgain() throws Exception {
        job.run(warehouse, IngestRequest.of(share.toString()));
        byte[] bytes = Files.readAllBytes(share.resolve("c/old.txt"));
        Files.delete(share.resolve("c/old.txt"));
        job.run(warehouse, IngestRequest.of(share.toString()));
        Fixtures.write(share, "c/old.txt", bytes);

        IngestSummary third = job.run(warehouse, IngestRequest.of(share.toString()));

        assertThat(third.changes().newFiles()).isEqualTo(1);
        assertThat(statusByPath()).containsEntry(path("c/old.txt"), "parsed");
        assertThat(documentsOf("c/old.txt")).isEqualTo(1);
    }

    @Test
    void narrowingARunToOneFolderDoesNotDeleteTheRest() {
        job.run(warehouse, IngestRequest.of(share.toString()));

        IngestSummary narrow = job.run(warehouse, IngestRequest.of(share.resolve("a").toString()));

        assertThat(narrow.changes().deleted()).isZero();
        assertThat(statusByPath().values()).doesNotContain("deleted");
        assertThat(warehouse.read(DocumentsTable.TABLE).count()).isEqualTo(7);
    }

    @Test
    void sameContentAtTwoPathsIsStoredOnceAndBothPathsAreInTheLedger() throws Exception {
        Files.createDirectories(share.resolve("copy"));
        Files.copy(share.resolve("a/invoice-1.pdf"), share.resolve("copy/invoice-1.pdf"));

        IngestSummary first = job.run(warehouse, IngestRequest.of(share.toString()));

        assertThat(first.changes().duplicates()).isEqualTo(1);
        assertThat(first.documents()).isEqualTo(7);
        assertThat(ledgerRow("copy/invoice-1.pdf").<String>getAs(FilesTable.DUPLICATE_OF)).isEqualTo(path("a/invoice-1.pdf"));
        assertThat(ledgerRow("copy/invoice-1.pdf").<String>getAs(FilesTable.STATUS)).isEqualTo("parsed");
        assertThat(documentsOf("copy/invoice-1.pdf")).isZero();
        assertThat(documentsOf("a/invoice-1.pdf")).isEqualTo(1);

        // The holder goes away: the copy is parsed again and now holds the content itself.
        Files.delete(share.resolve("a/invoice-1.pdf"));
        IngestSummary second = job.run(warehouse, IngestRequest.of(share.toString()));

        assertThat(second.changes().changed()).isEqualTo(1);
        assertThat(ledgerRow("copy/invoice-1.pdf").<String>getAs(FilesTable.DUPLICATE_OF)).isNull();
        assertThat(documentsOf("copy/invoice-1.pdf")).isEqualTo(1);
        assertThat(warehouse.read(DocumentsTable.TABLE).count()).isEqualTo(7);
    }

    @Test
    void filesOverTheSizeLimitAreSkippedUnreadWithTheKeyInTheReason() {
        IngestSummary summary = job.run(warehouse, IngestRequest.of(share.toString()).withMaxFileBytes(100));

        assertThat(summary.invariantHolds()).isTrue();
        assertThat(ledgerRow("a/invoice-1.pdf").<String>getAs(FilesTable.STATUS)).isEqualTo("skipped");
        assertThat(ledgerRow("a/invoice-1.pdf").<String>getAs(FilesTable.ERROR_MESSAGE))
                .isEqualTo("larger than 0.0001 MB (ingest.max-file-bytes)");
        assertThat(summary.topErrors()).extracting(IngestSummary.ErrorReason::reason)
                .contains("larger than #.# MB (ingest.max-file-bytes)");

        IngestSummary raised = job.run(warehouse, IngestRequest.of(share.toString()));
        assertThat(raised.changes().changed()).isEqualTo(summary.skipped());
        assertThat(ledgerRow("a/invoice-1.pdf").<String>getAs(FilesTable.STATUS)).isEqualTo("parsed");
    }

    @Test
    void aGlobSourceTakesOnlyMatchingFilesAtAnyDepth() {
        IngestSummary summary = job.run(warehouse, IngestRequest.of(share + "/**/*.pdf"));

        assertThat(summary.discovered()).isEqualTo(2);
        assertThat(statusByPath().keySet()).containsExactlyInAnyOrder(path("a/invoice-1.pdf"), path("a/invoice-2.pdf"));
    }

    @Test
    void progressReachesEveryFileAndTheSummaryNamesTheSlowestFiles() {
        List<ProgressSnapshot> updates = new CopyOnWriteArrayList<>();

        IngestSummary summary = job.run(warehouse, IngestRequest.of(share.toString()), updates::add);

        ProgressSnapshot last = updates.get(updates.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(last.filesDone()).isEqualTo(5).isEqualTo(last.filesTotal());
        assertThat(last.bytesDone()).isEqualTo(summary.bytes());
        assertThat(summary.slowest()).hasSize(5);
        assertThat(summary.slowest().get(0).millis()).isGreaterThanOrEqualTo(summary.slowest().get(4).millis());
        assertThat(summary.work().filesPerSecond()).isPositive();
    }

    private long documentsOf(String relative) {
        return warehouse.read(DocumentsTable.TABLE).where(col(DocumentsTable.FILE_PATH).equalTo(path(relative))).count();
    }

    private Map<String, String> statusByPath() {
        return warehouse.read(FilesTable.TABLE).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(FilesTable.PATH), r -> r.getAs(FilesTable.STATUS)));
    }

    private Row ledgerRow(String relative) {
        return warehouse.read(FilesTable.TABLE).where(col(FilesTable.PATH).equalTo(path(relative))).first();
    }

    private String path(String relative) {
        return share.resolve(relative).toAbsolutePath().toString();
    }
}
