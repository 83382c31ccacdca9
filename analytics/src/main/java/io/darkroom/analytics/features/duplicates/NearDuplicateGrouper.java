package io.darkroom.analytics.features.duplicates;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

/**
 * Groups near-duplicate documents: word 5-shingles hashed into a binary sparse vector, MinHash LSH
 * to find candidate pairs within {@code maxDistance} Jaccard distance (approxSimilarityJoin, which
 * also checks the exact distance of each candidate), then connected components of the pair graph
 * on the driver (pairs are few). A group's id is its smallest doc_id; documents with no
 * near-duplicate get no group. Not fitted once and stored: MinHash has nothing to learn, and
 * every run compares the whole corpus because a new document can join an old group.
 */
public final class NearDuplicateGrouper {
    public static final String GROUP = "near_duplicate_group";
    private static final StructType GROUPS = new StructType()
            .add("doc_id", DataTypes.StringType, false).add(GROUP, DataTypes.StringType, false);

    private final NearDuplicateOptions options;

    public NearDuplicateGrouper(NearDuplicateOptions options) {
        this.options = options;
    }

    /** Near-duplicate pairs (doc_id_a &lt; doc_id_b) with their Jaccard distance. */
    public Dataset<Row> pairs(Dataset<Row> documents) {
        Dataset<Row> input = documents.select("doc_id", "text").na().fill("", new String[]{"text"});
        Dataset<Row> shingled = new Pipeline().setStages(new PipelineStage[]{
                new RegexTokenizer().setInputCol("text").setOutputCol("dup_words").setPattern("[^\\p{L}\\p{N}]+")
                        .setToLowercase(true),
                new NGram().setN(options.shingleWords()).setInputCol("dup_words").setOutputCol("dup_shingles"),
                new HashingTF().setInputCol("dup_shingles").setOutputCol("dup_vector").setBinary(true)
                        .setNumFeatures(options.numFeatures())})
                .fit(input).transform(input)
                .filter(size(col("dup_shingles")).geq(options.minShingles()))
                .select("doc_id", "dup_vector")
                .cache();
        try {
            MinHashLSHModel lsh = new MinHashLSH().setInputCol("dup_vector").setOutputCol("dup_hashes")
                    .setNumHashTables(options.hashTables()).setSeed(options.seed()).fit(shingled);
            return lsh.approxSimilarityJoin(shingled, shingled, options.maxDistance(), "distance")
                    .select(col("datasetA.doc_id").as("doc_id_a"), col("datasetB.doc_id").as("doc_id_b"),
                            col("distance"))
                    .filter(col("doc_id_a").lt(col("doc_id_b")))
                    .localCheckpoint();
        } finally {
            shingled.unpersist();
        }
    }

    /** doc_id → group id for every document that has a near-duplicate. */
    public Dataset<Row> groups(Dataset<Row> documents) {
        List<Row> pairs = pairs(documents).select("doc_id_a", "doc_id_b").collectAsList();
        UnionFind components = new UnionFind();
        pairs.forEach(p -> components.union(p.getString(0), p.getString(1)));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : components.smallestMemberOf().entrySet()) {
            rows.add(RowFactory.create(e.getKey(), e.getValue()));
        }
        return SparkSession.active().createDataFrame(rows, GROUPS);
    }
}
