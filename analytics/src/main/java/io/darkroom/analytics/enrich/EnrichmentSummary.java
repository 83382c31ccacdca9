package io.darkroom.analytics.enrich;

import java.util.Optional;

/**
 * What one enrichment run did. {@code annotateSeconds} sums the time tasks spent inside CoreNLP
 * and the value rules (all cores), so {@link #tokensPerCoreSecond()} is the per-core throughput.
 *
 * @param sentimentAgreement classifier vs CoreNLP on held-out sentences, when a classifier was trained
 */
public record EnrichmentSummary(String runId, long documentsSeen, long documentsAnnotated, long documentsSkipped,
                                long documentsRemoved, long entities, long sentences, long tokens,
                                double annotateSeconds, double sentimentSeconds, double wallSeconds,
                                long sentencesLabelledByCoreNlp, Optional<Agreement> sentimentAgreement) {

    public double tokensPerCoreSecond() {
        return annotateSeconds > 0 ? tokens / annotateSeconds : 0;
    }
}
