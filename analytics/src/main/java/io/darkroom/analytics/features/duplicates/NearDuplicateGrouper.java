package io.darkroom.analytics.features.duplicates;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

/**
 * Groups near-duplicate documents (see {@link NearDuplicateOptions} for what counts as one): the
 * subject (when the input has one) and text as word 3-shingles hashed into a binary sparse vector;
 * MinHash LSH finds candidate pairs within {@code maxDistance} Jaccard distance (approxSimilarityJoin
 * also computes each candidate's exact distance); a candidate is kept when the smaller document is
 * almost wholly contained in the larger and both carry the same numbers. Connected components of the
 * kept pairs are formed on the driver (pairs are few). A group's id is its smallest doc_id; documents
 * with no near-duplicate get no group. Not fitted once and stored: MinHash has nothing to learn, and
 * every run compares the whole corpus because a new document can join an old group.
 */
public final class NearDuplicateGrouper {
    public static final String GROUP = "near_duplicate_group";
    private static final StructType GROUPS = new StructType()
            .add("doc_id", DataTypes.StringType, false).add(GROUP, DataTypes.StringType, false);
    // A number with its inner separators ("1,046,400.00", "2023-12-05"), so that one changed figure is
    // one changed token.
    private static final String NUMBER = "\\p{N}(?:[\\p{N}.,:/-]*\\p{N})?";

    private final NearDuplicateOptions options;

    public NearDuplicateGrouper(NearDuplicateOptions options) {
        this.options = options;
    }

    /**
     * Near-duplicate pairs (doc_id_a &lt; doc_id_b) with their Jaccard {@code distance}, the
     * {@code containment} of the smaller shingle set in the larger and the {@code number_overlap}.
     */
    public Dataset<Row> pairs(Dataset<Row> documents) {
        Column subject = Arrays.asList(documents.columns()).contains("subject") ? col("subject") : lit(null).cast("string");
        Dataset<Row> input = documents
                .select(col("doc_id"), concat_ws("\n", subject, coalesce(col("text"), lit(""))).as("dup_text"));
        Dataset<Row> shingled = new Pipeline().setStages(new PipelineStage[]{
                new RegexTokenizer().setInputCol("dup_text").setOutputCol("dup_words").setPattern("[^\\p{L}\\p{N}]+")
                        .setToLowercase(true),
                new RegexTokenizer().setInputCol("dup_text").setOutputCol("dup_numbers").setPattern(NUMBER)
                        .setGaps(false),
                new NGram().setN(options.shingleWords()).setInputCol("dup_words").setOutputCol("dup_shingles"),
                new HashingTF().setInputCol("dup_shingles").setOutputCol("dup_vector").setBinary(true)
                        .setNumFeatures(options.numFeatures())})
                .fit(input).transform(input)
                .filter(size(col("dup_shingles")).geq(options.minShingles()))
                .select(col("doc_id"), col("dup_vector"), array_distinct(col("dup_numbers")).as("dup_numbers"),
                        size(array_distinct(col("dup_shingles"))).as("dup_size"))
                .cache();
        try {
            MinHashLSHModel lsh = new MinHashLSH().setInputCol("dup_vector").setOutputCol("dup_hashes")
                    .setNumHashTables(options.hashTables()).setSeed(options.seed()).fit(shingled);
            Column similarity = lit(1.0).minus(col("distance"));
            Column sizeA = col("datasetA.dup_size");
            Column sizeB = col("datasetB.dup_size");
            // |A∩B| from the Jaccard similarity J and the set sizes: J·(|A|+|B|)/(1+J).
            Column shared = similarity.multiply(sizeA.plus(sizeB)).divide(similarity.plus(lit(1.0)));
            Column numbersA = col("datasetA.dup_numbers");
            Column numbersB = col("datasetB.dup_numbers");
            Column numberUnion = size(array_union(numbersA, numbersB));
            Column numberOverlap = when(numberUnion.equalTo(0), lit(1.0))
                    .otherwise(size(array_intersect(numbersA, numbersB)).divide(numberUnion));
            return lsh.approxSimilarityJoin(shingled, shingled, options.maxDistance(), "distance")
                    .filter(col("datasetA.doc_id").lt(col("datasetB.doc_id")))
                    .select(col("datasetA.doc_id").as("doc_id_a"), col("datasetB.doc_id").as("doc_id_b"),
                            col("distance"), shared.divide(least(sizeA, sizeB)).as("containment"),
                            numberOverlap.as("number_overlap"))
                    .filter(col("containment").geq(options.minContainment() - 1e-9)
                            .and(col("number_overlap").geq(options.minNumberOverlap())))
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
