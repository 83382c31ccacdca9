package io.darkroom.analytics.enrich;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of annotating one document, as data: skipped (with the reason) or annotated (with
 * sentences and mentions). {@code nanos} is the thread CPU time spent on this document (robust on a busy machine), for throughput.
 */
public record AnnotatedDocument(String docId, String language, String skippedReason, int tokenCount, int chunkCount,
                                List<SentenceSpan> sentences, List<Mention> mentions, long nanos) {
    public AnnotatedDocument {
        Objects.requireNonNull(docId, "docId");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    static AnnotatedDocument skipped(String docId, String language, String reason, long nanos) {
        return new AnnotatedDocument(docId, language, Objects.requireNonNull(reason, "reason"), 0, 0, List.of(), List.of(), nanos);
    }
}
