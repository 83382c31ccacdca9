package io.darkroom.analytics.features.doctype;

import io.darkroom.analytics.facts.DocumentTypes;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Objects;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

/**
 * Rules first, model where the rules give up. The rules ({@link DocumentTypes#typeOf}) recognise
 * a type from the mime or the heading and are trusted whenever they name one; when they say
 * {@code other}, the model's type is taken if its probability reaches {@code minConfidence}, so a
 * document that looks like nothing it learned stays {@code other}.
 */
public final class DocTypeModel {
    public static final String RULE_TYPE = "rule_type";
    public static final String MODEL_TYPE = DocTypeClassifier.PREDICTED;
    public static final String MODEL_CONFIDENCE = "model_confidence";
    private static final StructType INFO = new StructType()
            .add("min_confidence", DataTypes.DoubleType).add("label_source", DataTypes.StringType);

    private final PipelineModel pipeline;
    private final double minConfidence;
    private final String labelSource;

    DocTypeModel(PipelineModel pipeline, double minConfidence, String labelSource) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.minConfidence = minConfidence;
        this.labelSource = Objects.requireNonNull(labelSource, "labelSource");
    }

    public double minConfidence() {
        return minConfidence;
    }

    public String labelSource() {
        return labelSource;
    }

    /** Adds {@code rule_type}, {@code model_type}, {@code model_confidence} and {@code outputColumn}. */
    public Dataset<Row> classify(Dataset<Row> documents, String outputColumn) {
        Dataset<Row> scored = pipeline.transform(documents)
                .withColumn(MODEL_CONFIDENCE, array_max(vector_to_array(col(DocTypeClassifier.PROBABILITY), "float64")))
                .withColumn(RULE_TYPE, DocumentTypes.typeOf(col("mime"), col("text")));
        Column useModel = col(RULE_TYPE).equalTo(DocumentTypes.OTHER)
                .and(col(MODEL_CONFIDENCE).geq(minConfidence));
        Dataset<Row> typed = scored.withColumn(outputColumn, when(useModel, col(MODEL_TYPE)).otherwise(col(RULE_TYPE)));
        return typed.drop("type_text", "type_terms", "type_tf", "type_features", "type_raw",
                DocTypeClassifier.PROBABILITY, "type_prediction");
    }

    public void save(String path) {
        try {
            pipeline.write().overwrite().save(path + "/pipeline");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot save the document-type model to " + path + ": "
                    + e.getMessage(), e);
        }
        SparkSession spark = SparkSession.active();
        spark.createDataFrame(List.of(RowFactory.create(minConfidence, labelSource)), INFO)
                .coalesce(1).write().mode("overwrite").json(path + "/info");
    }

    public static DocTypeModel load(String path) {
        Row info = SparkSession.active().read().schema(INFO).json(path + "/info").first();
        return new DocTypeModel(PipelineModel.load(path + "/pipeline"), info.getDouble(0), info.getString(1));
    }
}
