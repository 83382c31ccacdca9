package io.darkroom.analytics.features.topics;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.when;

/**
 * A fitted topic model and its readable labels. A label is the topic's top terms by relevance
 * (λ·log p(w|t) + (1−λ)·log(p(w|t)/p(w))): pure probability would give every topic the same
 * frequent words, pure lift the rare ones. Labels are derived from the model, so they need no
 * storage of their own and a loaded model has the same labels.
 */
public final class TopicModel {
    static final String COUNTS = "topic_counts";
    static final String DISTRIBUTION = "topic_distribution";

    private final PipelineModel pipeline;
    private final int labelTerms;
    private final double lambda;
    private final List<Topic> topics;

    /** @param terms the top terms by relevance, best first */
    public record Topic(int id, String label, List<String> terms) {
        public Topic {
            terms = List.copyOf(terms);
        }
    }

    TopicModel(PipelineModel pipeline, int labelTerms, double lambda) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.labelTerms = labelTerms;
        this.lambda = lambda;
        this.topics = topics();
    }

    public List<Topic> describe() {
        return topics;
    }

    /** Adds {@code idColumn} (argmax topic, null without terms) and {@code labelColumn}. */
    public Dataset<Row> assign(Dataset<Row> documents, String idColumn, String labelColumn) {
        Dataset<Row> scored = pipeline.transform(documents);
        Column weights = vector_to_array(col(DISTRIBUTION), "float64");
        Column argmax = array_position(weights, array_max(weights)).cast("int").minus(1);
        Column hasTerms = org.apache.spark.sql.functions.size(col("topic_terms")).gt(0);
        Column labels = array(topics.stream().map(t -> lit(t.label())).toArray(Column[]::new));
        return scored
                .withColumn(idColumn, when(hasTerms, argmax))
                .withColumn(labelColumn, when(hasTerms, element_at(labels, argmax.plus(lit(1)))))
                .drop("topic_text", "topic_terms", COUNTS, DISTRIBUTION);
    }

    public void save(String path) {
        try {
            pipeline.write().overwrite().save(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the topic model to " + path + ": " + e.getMessage(), e);
        }
    }

    public static TopicModel load(String path, TopicOptions options) {
        return new TopicModel(PipelineModel.load(path), options.labelTerms(), options.relevanceLambda());
    }

    private List<Topic> topics() {
        String[] vocabulary = stage(CountVectorizerModel.class).vocabulary();
        Matrix m = stage(LDAModel.class).topicsMatrix();
        int k = m.numCols();
        int v = m.numRows();
        double[] topicTotals = new double[k];
        double[] termTotals = new double[v];
        double total = 0;
        for (int w = 0; w < v; w++) {
            for (int t = 0; t < k; t++) {
                double x = m.apply(w, t);
                topicTotals[t] += x;
                termTotals[w] += x;
                total += x;
            }
        }
        List<Topic> result = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            int topic = t;
            double all = total;
            double[] relevance = new double[v];
            for (int w = 0; w < v; w++) {
                double p = m.apply(w, topic) / topicTotals[topic];
                double lift = p / (termTotals[w] / all);
                relevance[w] = lambda * Math.log(p) + (1 - lambda) * Math.log(lift);
            }
            List<String> terms = IntStream.range(0, v).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(w -> -relevance[w]).thenComparing(w -> vocabulary[w]))
                    .limit(10).map(w -> vocabulary[w]).toList();
            result.add(new Topic(t, String.join(" / ", terms.subList(0, Math.min(labelTerms, terms.size()))), terms));
        }
        return List.copyOf(result);
    }

    private <T> T stage(Class<T> type) {
        return java.util.Arrays.stream(pipeline.stages()).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("Topic pipeline has no " + type.getSimpleName()));
    }
}
