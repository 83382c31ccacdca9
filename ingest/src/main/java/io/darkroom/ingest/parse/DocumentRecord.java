package io.darkroom.ingest.parse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the {@code documents} table in Java types (the job adds the run id and converts it to
 * a Spark row). Field names follow {@link io.darkroom.core.warehouse.DocumentsTable}.
 *
 * @param producer     the application that wrote the file (PDF producer, Office application, mailer)
 * @param textQuality  share of common words of {@code language} among the alphabetic tokens; null without text
 * @param ocrCandidate garbled text or no text where text was expected: OCR would help
 * @param ocrApplied   Tesseract produced (part of) the text
 * @param noText       a PDF or image that yielded no text at all (scanned, or OCR unavailable)
 */
public record DocumentRecord(
        String docId,
        String filePath,
        String parentId,
        String embeddedPath,
        int depth,
        String mime,
        String title,
        String author,
        Instant created,
        Instant modified,
        Instant fileModifiedAt,
        String language,
        Integer pages,
        int wordCount,
        boolean encrypted,
        String text,
        Map<String, String> metadata,
        EmailFields email,
        String producer,
        Double textQuality,
        boolean ocrCandidate,
        boolean ocrApplied,
        boolean noText) implements Serializable {

    public DocumentRecord {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(embeddedPath, "embeddedPath");
        metadata = metadata == null ? Map.of() : metadata;
        email = email == null ? EmailFields.NONE : email;
    }

    public boolean isTopLevel() {
        return parentId == null;
    }

    // E-mail columns; all null/empty for documents that are not messages.
    /** E-mail columns; {@code threadId} is the root Message-ID ("msgid:&lt;…&gt;") or the normalised subject ("subject:…"). */
    public record EmailFields(String from, List<String> to, List<String> cc, String subject,
                              Instant sentAt, String messageId, String inReplyTo, String threadId) implements Serializable {
        public static final EmailFields NONE = new EmailFields(null, List.of(), List.of(), null, null, null, null, null);

        public EmailFields {
            to = to == null ? List.of() : List.copyOf(to);
            cc = cc == null ? List.of() : List.copyOf(cc);
        }
    }
}
