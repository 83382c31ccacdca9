package io.darkroom.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineProfileTest {
    @Test
    void bulkEntitiesSkipTheTwoExpensiveNerOptions() {
        assertThat(PipelineProfile.ENTITIES.properties())
                .containsEntry("ner.applyFineGrained", "false")
                .containsEntry("ner.useSUTime", "false")
                .containsEntry("ner.applyNumericClassifiers", "true");
    }

    @Test
    void datesAndSentimentTakeOneSentenceAndBoundTheParser() {
        assertThat(PipelineProfile.DATES.properties()).containsEntry("ner.useSUTime", "true")
                .containsEntry("ssplit.isOneSentence", "true");
        assertThat(PipelineProfile.SENTIMENT.properties()).containsEntry("parse.maxlen", "80")
                .containsEntry("ssplit.isOneSentence", "true");
    }

    @Test
    void noProfileLogsUntokenizableText() {
        for (PipelineProfile p : PipelineProfile.values()) {
            assertThat(p.properties().getProperty("tokenize.options")).contains("untokenizable=noneDelete");
        }
    }
}
