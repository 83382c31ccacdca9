package io.darkroom.analytics.features.phrases;

import io.darkroom.analytics.features.SampleDocuments;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

class KeyPhraseExtractorSparkTest {
    @Test
    void candidatesAreContentWordRunsWithoutNumbersOrStopWords() {
        List<String> phrases = PhraseCandidates.english(3).of("These delivery delays are becoming a serious problem: "
                + "order 4711 is late.");
        assertThat(phrases).contains("delivery delays", "delivery", "delays", "serious problem")
                .noneMatch(p -> p.matches(".*\\d.*")).doesNotContain("are", "becoming");
    }

    @Test
    void everyDocumentWithTextGetsAtMostFivePhrases() {
        SampleDocuments sample = SampleDocuments.of(600);
        Dataset<Row> docs = sample.documents();
        Dataset<Row> phrases = new KeyPhraseExtractor(KeyPhraseOptions.defaults()).extract(docs, docs).cache();
        phrases.join(docs, "doc_id").filter(col("text").contains("delivery delays")).select("key_phrases").limit(3)
                .collectAsList().forEach(r -> System.out.println("[key-phrases] delay e-mail: " + r.getList(0)));
        phrases.join(docs, "doc_id").filter(col("text").startsWith("INVOICE")).select("key_phrases").limit(2)
                .collectAsList().forEach(r -> System.out.println("[key-phrases] invoice: " + r.getList(0)));
        assertThat(phrases.count()).isEqualTo(docs.count());
        assertThat(phrases.filter("size(key_phrases) > 5").count()).isZero();
        assertThat(phrases.join(docs, "doc_id").filter("length(text) > 200 AND size(key_phrases) = 0").count())
                .isZero();
    }
}
