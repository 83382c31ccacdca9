package io.darkroom.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NlpPipelinesTest {
    @Test
    void lemmasProfileLemmatisesBusinessEnglish() {
        CoreDocument doc = new CoreDocument("The invoices were paid late by two customers.");
        NlpPipelines.get(PipelineProfile.LEMMAS).annotate(doc);
        List<String> lemmas = doc.tokens().stream().map(CoreLabel::lemma).toList();
        assertThat(lemmas).containsSubsequence("invoice", "be", "pay", "late", "by", "two", "customer");
    }

    @Test
    void theSamePipelineIsReturnedForTheSameProfile() {
        assertThat(NlpPipelines.get(PipelineProfile.LEMMAS)).isSameAs(NlpPipelines.get(PipelineProfile.LEMMAS));
    }
}
