package io.darkroom.analytics.features.doctype;

import io.darkroom.analytics.features.TermNormalizer;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IndexToString;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;

/**
 * Trains the document-type model: the format (mime, as one token) and the words of the first
 * {@value #HEAD_CHARS} characters → hashed TF-IDF → multinomial logistic regression. The head is
 * enough to tell a type and keeps long reports cheap. Input columns: {@code mime}, {@code text}
 * and, for training, a label column.
 */
public final class DocTypeClassifier {
    static final int HEAD_CHARS = 4000;
    static final String PREDICTED = "model_type";
    static final String PROBABILITY = "model_probability";
    private static final String LABEL_INDEX = "type_index";

    private final DocTypeOptions options;

    public DocTypeClassifier(DocTypeOptions options) {
        this.options = options;
    }

    /**
     * Fits on {@code labelled} rows whose {@code labelColumn} holds the type names.
     *
     * @param labelSource how the labels were obtained ("rules", "sample-truth"), recorded with the model
     */
    public DocTypeModel fit(Dataset<Row> labelled, String labelColumn, String labelSource) {
        Dataset<Row> known = labelled.filter(col(labelColumn).isNotNull());
        StringIndexerModel indexer = new StringIndexer().setInputCol(labelColumn).setOutputCol(LABEL_INDEX)
                .setStringOrderType("alphabetAsc").fit(known);
        Dataset<Row> indexed = indexer.transform(known);
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[]{
                new SQLTransformer().setStatement("SELECT *, concat('mime', regexp_replace(lower(coalesce(mime, '')),"
                        + " '[^a-z]', ''), ' ', substring(coalesce(text, ''), 1, " + HEAD_CHARS + ")) AS type_text"
                        + " FROM __THIS__"),
                new TermNormalizer().setInputCol("type_text").setOutputCol("type_terms").setMinLength(2),
                new HashingTF().setInputCol("type_terms").setOutputCol("type_tf").setNumFeatures(options.numFeatures()),
                new IDF().setInputCol("type_tf").setOutputCol("type_features").setMinDocFreq(2),
                new LogisticRegression().setFeaturesCol("type_features").setLabelCol(LABEL_INDEX)
                        .setPredictionCol("type_prediction").setProbabilityCol(PROBABILITY)
                        .setRawPredictionCol("type_raw").setFamily("multinomial")
                        .setRegParam(options.regParam()).setMaxIter(options.maxIter()),
                new IndexToString().setInputCol("type_prediction").setOutputCol(PREDICTED)
                        .setLabels(indexer.labelsArray()[0])})
                .fit(indexed);
        return new DocTypeModel(pipeline, options.minConfidence(), labelSource);
    }
}
