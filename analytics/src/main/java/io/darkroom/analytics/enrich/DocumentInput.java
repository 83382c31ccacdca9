package io.darkroom.analytics.enrich;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the annotator reads of one document: its text, the ingest language (may be null) and the
 * reference date SUTime resolves "yesterday" or "next Friday" against (sent or created date; may be null).
 */
public record DocumentInput(String docId, String text, String language, LocalDate referenceDate) {
    public DocumentInput {
        Objects.requireNonNull(docId, "docId");
    }
}
