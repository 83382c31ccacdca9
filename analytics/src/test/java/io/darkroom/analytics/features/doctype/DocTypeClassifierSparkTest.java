package io.darkroom.analytics.features.doctype;

import io.darkroom.analytics.facts.DocumentTypes;
import io.darkroom.analytics.features.SampleDocuments;
import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the type model on the sample's labels, on a held-out 30 % split: the model alone, the
 * model on texts whose heading line was removed (what the rules cannot type), and rules + model.
 */
class DocTypeClassifierSparkTest {
    private static Dataset<Row> train;
    private static Dataset<Row> test;

    @BeforeAll
    static void split() {
        SampleDocuments sample = SampleDocuments.of(600);
        Dataset<Row> labelled = sample.documents().join(sample.labels(), "doc_id");
        Dataset<Row>[] parts = labelled.randomSplit(new double[]{0.7, 0.3}, 42);
        train = parts[0].cache();
        test = parts[1].cache();
    }

    @Test
    void modelTrainedOnSampleLabelsTypesHeldOutDocuments() {
        DocTypeModel model = new DocTypeClassifier(DocTypeOptions.defaults()).fit(train, SampleDocuments.LABEL,
                "sample-truth");
        Dataset<Row> typed = model.classify(test, "doc_type").cache();

        DocTypeEvaluation alone = DocTypeEvaluation.of(typed, SampleDocuments.LABEL, DocTypeModel.MODEL_TYPE);
        DocTypeEvaluation combined = DocTypeEvaluation.of(typed, SampleDocuments.LABEL, "doc_type");
        DocTypeEvaluation rules = DocTypeEvaluation.of(typed, SampleDocuments.LABEL, DocTypeModel.RULE_TYPE);
        Dataset<Row> headless = test.withColumn("text", regexp_replace(col("text"), "^\\s*[^\\r\\n]*", ""));
        DocTypeEvaluation noHeading = DocTypeEvaluation.of(model.classify(headless, "doc_type"),
                SampleDocuments.LABEL, DocTypeModel.MODEL_TYPE);
        System.out.println("[doc-type] model alone (trained on sample labels): " + alone.describe());
        System.out.println("[doc-type] model alone, heading line removed: " + noHeading.describe());
        System.out.println("[doc-type] rules alone: " + rules.describe());
        System.out.println("[doc-type] rules + model: " + combined.describe());

        assertThat(alone.accuracy()).isGreaterThanOrEqualTo(0.95);
        // The sample's labels are the rules' types by construction, so the model can only match them here.
        assertThat(combined.accuracy()).isGreaterThanOrEqualTo(rules.accuracy() - 0.02);
        assertThat(noHeading.accuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void modelTrainedOnRuleTypesKeepsOtherWhenUnsure() {
        Dataset<Row> ruleLabelled = train.withColumn("rule_label", DocumentTypes.typeOf(col("mime"), col("text")));
        DocTypeModel model = new DocTypeClassifier(DocTypeOptions.defaults()).fit(ruleLabelled, "rule_label", "rules");
        Dataset<Row> typed = model.classify(test, "doc_type").cache();

        DocTypeEvaluation combined = DocTypeEvaluation.of(typed, SampleDocuments.LABEL, "doc_type");
        DocTypeEvaluation rules = DocTypeEvaluation.of(typed, SampleDocuments.LABEL, DocTypeModel.RULE_TYPE);
        System.out.println("[doc-type] rules + model trained on rule types (production mode): " + combined.describe());
        long overridden = typed.filter(col(DocTypeModel.RULE_TYPE).equalTo("other")
                .and(col("doc_type").notEqual("other"))).count();
        System.out.println("[doc-type] rule 'other' replaced by the model: " + overridden + " of "
                + typed.filter(col(DocTypeModel.RULE_TYPE).equalTo("other")).count());

        assertThat(combined.accuracy()).isGreaterThanOrEqualTo(rules.accuracy() - 0.02);
    }

    @Test
    void savedModelLoadsAndPredictsTheSame(@TempDir Path dir) {
        DocTypeModel model = new DocTypeClassifier(DocTypeOptions.defaults()).fit(train, SampleDocuments.LABEL,
                "sample-truth");
        String path = dir.resolve("models/doc_type").toUri().toString();
        model.save(path);
        DocTypeModel loaded = DocTypeModel.load(path);

        assertThat(loaded.minConfidence()).isEqualTo(model.minConfidence());
        assertThat(loaded.labelSource()).isEqualTo("sample-truth");
        List<Row> before = model.classify(test, "doc_type").select("doc_id", DocTypeModel.MODEL_TYPE, "doc_type")
                .orderBy("doc_id").collectAsList();
        List<Row> after = loaded.classify(test, "doc_type").select("doc_id", DocTypeModel.MODEL_TYPE, "doc_type")
                .orderBy("doc_id").collectAsList();
        assertThat(after).isEqualTo(before);
        assertThat(SharedSpark.session()).isNotNull();
    }
}
