package io.darkroom.ingest.job;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.ingest.parse.DocumentRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Converts ingest results to rows in the column order of core's {@link FilesTable} and
 * {@link DocumentsTable} schemas. Spark's row encoder wants Scala maps and Java arrays, not Java
 * collections, hence the conversions here and nowhere else.
 */
final class TableRows {
    private TableRows() {
    }

    /** @param duplicateOf the path holding this file's content; then the file owns no documents */
    static Row ledger(FileResult result, String runId, Instant ingestedAt, String duplicateOf) {
        return RowFactory.create(
                result.file().path(),
                result.file().sizeBytes(),
                timestamp(result.file().modifiedAt()),
                result.sha256(),
                result.outcome().mime(),
                result.status(),
                result.outcome().errorClass(),
                result.outcome().reason(),
                result.durationMs(),
                duplicateOf == null ? result.outcome().documents().size() : 0,
                runId,
                timestamp(ingestedAt),
                duplicateOf);
    }

    static Row document(DocumentRecord d, String runId) {
        DocumentRecord.EmailFields e = d.email();
        boolean message = !DocumentRecord.EmailFields.NONE.equals(e);
        return RowFactory.create(
                d.docId(), d.filePath(), d.parentId(), d.embeddedPath(), d.depth(), d.mime(), d.title(),
                d.author(), timestamp(d.created()), timestamp(d.modified()), timestamp(d.fileModifiedAt()),
                d.language(), d.pages(), d.wordCount(), d.encrypted(), d.text(),
                CollectionConverters.asScala(d.metadata()),
                e.from(), message ? array(e.to()) : null, message ? array(e.cc()) : null, e.subject(), timestamp(e.sentAt()), e.messageId(),
                e.inReplyTo(), runId,
                d.producer(), d.textQuality(), d.ocrCandidate(), d.ocrApplied(), d.noText(), message ? e.threadId() : null);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A message without Cc gets an empty array; a non-message gets null (no e-mail columns at all). */
    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
