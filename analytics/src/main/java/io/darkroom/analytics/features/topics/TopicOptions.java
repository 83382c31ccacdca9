package io.darkroom.analytics.features.topics;

/**
 * @param topics       k of LDA
 * @param vocabSize    most frequent terms kept by CountVectorizer
 * @param minDocFreq   a term must occur in at least this many documents
 * @param maxDocShare  and in at most this share of them (ubiquitous words carry no topic)
 * @param labelTerms   terms in a label
 * @param relevanceLambda weight of a term's probability in the topic against its lift (Sievert and
 *                        Shirley's relevance; 1 ranks by probability alone, 0 by lift alone)
 */
public record TopicOptions(int topics, int vocabSize, int minDocFreq, double maxDocShare, int maxIter, long seed,
                           int labelTerms, double relevanceLambda) {
    public TopicOptions {
        if (topics < 2) {
            throw new IllegalArgumentException("Cannot configure topics: topics must be at least 2, got " + topics);
        }
        if (maxDocShare <= 0 || maxDocShare > 1) {
            throw new IllegalArgumentException("Cannot configure topics: maxDocShare must be in (0, 1], got "
                    + maxDocShare);
        }
        if (relevanceLambda < 0 || relevanceLambda > 1) {
            throw new IllegalArgumentException("Cannot configure topics: relevanceLambda must be in [0, 1], got "
                    + relevanceLambda);
        }
    }

    public static TopicOptions defaults() {
        return new TopicOptions(10, 8000, 3, 0.5, 40, 42L, 3, 0.6);
    }

    public TopicOptions withTopics(int k) {
        return new TopicOptions(k, vocabSize, minDocFreq, maxDocShare, maxIter, seed, labelTerms, relevanceLambda);
    }
}
