package io.darkroom.analytics.enrich;

import java.io.Serializable;

/**
 * Per-document annotation options (shipped to executors).
 *
 * @param maxChunkTokens     upper bound of estimated tokens per CoreNLP call (long documents are split)
 * @param sutimeOnDateSentences re-annotate sentences with a DATE/TIME candidate with SUTime for ISO values
 */
public record AnnotatorOptions(int maxChunkTokens, boolean sutimeOnDateSentences) implements Serializable {
    public static final AnnotatorOptions DEFAULTS = new AnnotatorOptions(2_000, true);

    public AnnotatorOptions {
        if (maxChunkTokens < 10) {
            throw new IllegalArgumentException("Cannot annotate in chunks of " + maxChunkTokens + " tokens: use at least 10");
        }
    }
}
