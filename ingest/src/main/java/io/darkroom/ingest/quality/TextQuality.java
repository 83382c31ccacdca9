package io.darkroom.ingest.quality;

import java.io.Serializable;

/**
 * How readable an extracted text is, in the spirit of tika-eval's out-of-vocabulary metric.
 *
 * @param language   ISO 639-3 code of the best-matching common-token list ({@code eng}, {@code deu}…); null when undecided
 * @param score      share of alphabetic tokens that are common words of {@code language}, 0..1; null when there is no text
 * @param tokens     alphabetic tokens looked at (at most the first {@value TextQualityScorer#MAX_TOKENS})
 */
public record TextQuality(String language, Double score, int tokens) implements Serializable {
    /** Below this share of common words (with enough tokens to judge) the text is treated as garbled. */
    public static final double GARBLED_BELOW = 0.30;
    /** Fewer tokens than this say nothing about garbling (a title page, a photo caption). */
    public static final int MIN_TOKENS_TO_JUDGE = 20;

    public static final TextQuality NO_TEXT = new TextQuality(null, null, 0);

    public boolean garbled() {
        return score != null && tokens >= MIN_TOKENS_TO_JUDGE && score < GARBLED_BELOW;
    }
}
