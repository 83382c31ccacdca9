package io.darkroom.analytics.enrich;

/**
 * Options of the enrichment stage.
 *
 * @param annotator            per-document CoreNLP options
 * @param exactSentimentLimit  up to this many new sentences, every one gets CoreNLP sentiment (exact, ~180 tokens/s)
 * @param sentimentSample      above the limit, this many sentences get CoreNLP labels and train the classifier for the rest
 * @param seed                 seed of the sample and the train/held-out split, for repeatable runs
 */
public record EnrichmentOptions(AnnotatorOptions annotator, int exactSentimentLimit, int sentimentSample, long seed) {
    public static final EnrichmentOptions DEFAULTS = new EnrichmentOptions(AnnotatorOptions.DEFAULTS, 1_000, 3_000, 42);

    public EnrichmentOptions {
        if (annotator == null) {
            throw new IllegalArgumentException("Cannot configure enrichment without annotator options");
        }
        if (exactSentimentLimit < 0 || sentimentSample < 50) {
            throw new IllegalArgumentException("Cannot configure sentiment with exact limit " + exactSentimentLimit
                    + " and sample " + sentimentSample + ": the limit must be >= 0 and the sample >= 50");
        }
    }
}
