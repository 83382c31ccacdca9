package io.darkroom.analytics.features;

import io.darkroom.core.warehouse.Warehouse;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * Where the features stage keeps its models and bookkeeping: {@code <warehouse>/models/doc_type},
 * {@code <warehouse>/models/topics}, and {@code <warehouse>/models/features_state}, a small Delta
 * table of the text hash each document's features were computed from (doc_features has no column
 * of ours for it; its text_sha256 belongs to enrichment) plus {@code models/features_info} with the
 * corpus size the models were trained on.
 */
final class FeatureModels {
    static final StructType STATE = new StructType()
            .add("doc_id", DataTypes.StringType, false).add("text_sha256", DataTypes.StringType, false);
    private static final StructType INFO = new StructType().add("trained_on_documents", DataTypes.LongType, false);

    private final SparkSession spark;
    private final String root;

    FeatureModels(Warehouse warehouse) {
        this.spark = warehouse.spark();
        this.root = warehouse.root() + "/models";
    }

    String docType() {
        return root + "/doc_type";
    }

    String topics() {
        return root + "/topics";
    }

    private String state() {
        return root + "/features_state";
    }

    private String info() {
        return root + "/features_info";
    }

    /** Documents the models were trained on, or -1 when there are no models yet. */
    long trainedOn() {
        if (!DeltaTable.isDeltaTable(spark, info()) || !DeltaTable.isDeltaTable(spark, state())) {
            return -1;
        }
        return spark.read().format("delta").load(info()).first().getLong(0);
    }

    void recordTraining(long documents) {
        spark.createDataFrame(List.of(RowFactory.create(documents)), INFO).write().format("delta")
                .mode("overwrite").save(info());
    }

    Dataset<Row> readState() {
        return DeltaTable.isDeltaTable(spark, state()) ? spark.read().format("delta").load(state())
                : spark.createDataFrame(List.of(), STATE);
    }

    void writeState(Dataset<Row> state) {
        state.select("doc_id", "text_sha256").write().format("delta").mode("overwrite")
                .option("overwriteSchema", "true").save(state());
    }
}
