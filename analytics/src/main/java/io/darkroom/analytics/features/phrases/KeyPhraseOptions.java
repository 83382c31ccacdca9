package io.darkroom.analytics.features.phrases;

/**
 * @param maxPhrases  phrases kept per document
 * @param maxWords    longest phrase, in words
 * @param minDocFreq  a phrase must occur in at least this many documents (drops typos and one-off names)
 * @param maxDocShare and in at most this share of them (drops boilerplate every letter carries)
 */
public record KeyPhraseOptions(int maxPhrases, int maxWords, int minDocFreq, double maxDocShare) {
    public KeyPhraseOptions {
        if (maxPhrases < 1 || maxWords < 1) {
            throw new IllegalArgumentException("Cannot configure key phrases: maxPhrases and maxWords must be at least 1,"
                    + " got " + maxPhrases + " and " + maxWords);
        }
        if (maxDocShare <= 0 || maxDocShare > 1) {
            throw new IllegalArgumentException("Cannot configure key phrases: maxDocShare must be in (0, 1], got "
                    + maxDocShare);
        }
    }

    public static KeyPhraseOptions defaults() {
        return new KeyPhraseOptions(5, 3, 2, 0.3);
    }
}
