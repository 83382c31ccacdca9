package io.darkroom.ingest.parse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the {@code documents} table in Java types (the job adds the run id and converts it to
 * a Spark row). Field names follow {@link io.darkroom.core.warehouse.DocumentsTable}.
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
        EmailFields email) implements Serializable {

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

    /** E-mail columns; all null/empty for documents that are not messages. */
    public record EmailFields(String from, List<String> to, List<String> cc, String subject,
                              Instant sentAt, String messageId, String inReplyTo) implements Serializable {
        public static final EmailFields NONE = new EmailFields(null, List.of(), List.of(), null, null, null, null);

        public EmailFields {
            to = to == null ? List.of() : List.copyOf(to);
            cc = cc == null ? List.of() : List.copyOf(cc);
        }
    }
}
