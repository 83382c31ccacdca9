package io.darkroom.analytics.features;

/**
 * What a features run did; times are wall milliseconds of each step (model training included).
 *
 * @param scored      documents whose type, topic and key phrases were (re)computed
 * @param retrained   whether the type and topic models were (re)trained in this run
 * @param grouped     documents that belong to a near-duplicate group
 * @param notInserted documents without a doc_features row that could not be inserted because the
 *                    existing table declares enrichment's columns NOT NULL (they get features once
 *                    enrichment has written their row and this stage runs again)
 */
public record DocFeaturesSummary(long documents, long scored, boolean retrained, long grouped, long notInserted,
                                 long docTypeMillis, long topicMillis, long keyPhraseMillis,
                                 long nearDuplicateMillis, long writeMillis) {
}
