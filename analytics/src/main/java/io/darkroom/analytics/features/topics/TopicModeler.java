package io.darkroom.analytics.features.topics;

import io.darkroom.analytics.features.TermNormalizer;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;

/**
 * Fits topics: the subject and text → normalised terms → term counts (CountVectorizer: LDA wants
 * counts, not TF-IDF weights; the IDF-like down-weighting of common words happens in the labels'
 * relevance ranking and the vocabulary's maxDF) → online LDA. Input columns: {@code doc_id},
 * {@code subject} (nullable) and {@code text}.
 */
public final class TopicModeler {
    private final TopicOptions options;

    public TopicModeler(TopicOptions options) {
        this.options = options;
    }

    /** Documents per partition of the fixed layout the model is fitted on (at least {@link #MIN_PARTITIONS}). */
    static final long DOCUMENTS_PER_PARTITION = 25_000;
    static final int MIN_PARTITIONS = 4;

    public TopicModel fit(Dataset<Row> documents) {
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[]{
                new SQLTransformer().setStatement("SELECT *, concat_ws('\\n', subject, text) AS topic_text FROM __THIS__"),
                new TermNormalizer().setInputCol("topic_text").setOutputCol("topic_terms"),
                new CountVectorizer().setInputCol("topic_terms").setOutputCol(TopicModel.COUNTS)
                        .setVocabSize(options.vocabSize()).setMinDF(options.minDocFreq())
                        .setMaxDF(options.maxDocShare()),
                new LDA().setK(options.topics()).setMaxIter(options.maxIter()).setSeed(options.seed())
                        .setOptimizer("online").setSubsamplingRate(0.25).setFeaturesCol(TopicModel.COUNTS)
                        .setTopicDistributionCol(TopicModel.DISTRIBUTION)})
                .fit(inFixedLayout(documents.filter("text IS NOT NULL AND length(text) > 0")));
        return new TopicModel(pipeline, options.labelTerms(), options.relevanceLambda());
    }

    /**
     * The same documents in the same partitions in the same order, whatever the cluster: online LDA
     * samples its mini-batches per partition and CountVectorizer breaks count ties in partition order,
     * so with the input's own layout (which follows the core count and file sizes) the same corpus could
     * get other topics on another machine — and every insight by topic changed with them.
     */
    static Dataset<Row> inFixedLayout(Dataset<Row> documents) {
        long n = documents.count();
        int partitions = (int) Math.max(MIN_PARTITIONS, (n + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION);
        return documents.repartition(partitions, col("doc_id")).sortWithinPartitions("doc_id");
    }
}
