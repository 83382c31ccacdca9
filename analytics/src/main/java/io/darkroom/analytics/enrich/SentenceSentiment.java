package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.EntitiesTable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;

/**
 * Sentence sentiment for new sentences. CoreNLP's sentiment (~180 tokens/s) labels every sentence
 * of a small run; for a bulk run it labels a sample, a logistic regression on TF-IDF of lemmas
 * learns from 80 % of it, its agreement with CoreNLP is measured on the other 20 %, and it scores
 * the rest (~100x cheaper). Output columns: doc_id, sentence, token_count, score, source.
 */
final class SentenceSentiment {
    static final String SCORE = "score";
    static final String SOURCE = "source";
    private static final String LABEL = "label";
    private static final StructType LABELLED = new StructType()
            .add(EntitiesTable.DOC_ID, DataTypes.StringType, false)
            .add(EntitiesTable.SENTENCE, DataTypes.IntegerType, false)
            .add(EnrichmentRows.TOKEN_COUNT, DataTypes.IntegerType, false)
            .add(EnrichmentRows.LEMMAS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(LABEL, DataTypes.DoubleType, false)
            .add(SCORE, DataTypes.DoubleType, false);

    /** Scores plus, when a classifier was trained, its held-out agreement with CoreNLP. */
    record Result(Dataset<Row> scores, long labelledByCoreNlp, Optional<Agreement> agreement) {
    }

    private final EnrichmentOptions options;

    SentenceSentiment(EnrichmentOptions options) {
        this.options = options;
    }

    /** @param sentences doc_id, sentence, token_count, lemmas, sentence_text */
    Result score(Dataset<Row> sentences) {
        long n = sentences.count();
        if (n <= options.exactSentimentLimit()) {
            Dataset<Row> exact = labelWithCoreNlp(sentences).cache();
            return new Result(keep(exact, "corenlp"), exact.count(), Optional.empty());
        }
        Dataset<Row> sample = labelWithCoreNlp(sentences
                .filter(col(EnrichmentRows.TOKEN_COUNT).between(4, 60))
                .orderBy(rand(options.seed())).limit(options.sentimentSample())).cache();
        Dataset<Row>[] split = sample.randomSplit(new double[]{0.8, 0.2}, options.seed());
        PipelineModel model = pipeline().fit(split[0]);
        Agreement agreement = agreement(model.transform(split[1]));
        Dataset<Row> rest = sentences.join(sample.select(EntitiesTable.DOC_ID, EntitiesTable.SENTENCE),
                scala.jdk.javaapi.CollectionConverters.asScala(List.of(EntitiesTable.DOC_ID, EntitiesTable.SENTENCE)).toSeq(),
                "left_anti");
        Dataset<Row> predicted = model.transform(rest)
                .withColumn(SCORE, element_at(vector_to_array(col("probability"), "float64"), 3)
                        .minus(element_at(vector_to_array(col("probability"), "float64"), 1)));
        return new Result(keep(sample, "corenlp").unionByName(keep(predicted, "model")), sample.count(), Optional.of(agreement));
    }

    private static Dataset<Row> keep(Dataset<Row> scored, String source) {
        return scored.select(col(EntitiesTable.DOC_ID), col(EntitiesTable.SENTENCE), col(EnrichmentRows.TOKEN_COUNT),
                col(SCORE), lit(source).as(SOURCE));
    }

    private static Pipeline pipeline() {
        HashingTF tf = new HashingTF().setInputCol(EnrichmentRows.LEMMAS).setOutputCol("tf").setNumFeatures(1 << 18);
        IDF idf = new IDF().setInputCol("tf").setOutputCol("features").setMinDocFreq(2);
        LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setLabelCol(LABEL)
                .setMaxIter(100).setRegParam(0.01).setElasticNetParam(0.0);
        return new Pipeline().setStages(new PipelineStage[]{tf, idf, lr});
    }

    private static Agreement agreement(Dataset<Row> heldOut) {
        List<Row> rows = heldOut.select(LABEL, "prediction").collectAsList();
        int[] reference = new int[rows.size()];
        int[] predicted = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            reference[i] = (int) rows.get(i).getDouble(0);
            predicted[i] = (int) rows.get(i).getDouble(1);
        }
        return Agreement.of(reference, predicted, 3);
    }

    private static Dataset<Row> labelWithCoreNlp(Dataset<Row> sentences) {
        int partitions = Math.max(1, sentences.sparkSession().sparkContext().defaultParallelism() * 2);
        return sentences.repartition(partitions).mapPartitions(new CoreNlpLabels(), Encoders.row(LABELLED));
    }

    /** Runs CoreNLP sentiment in a task; the pipeline is the JVM's shared one. */
    private static final class CoreNlpLabels implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> input) {
            SentimentLabeler labeler = new SentimentLabeler();
            List<Row> out = new ArrayList<>();
            while (input.hasNext()) {
                Row r = input.next();
                SentimentLabeler.Label label = labeler.label(r.getAs(EnrichmentRows.SENTENCE_TEXT));
                out.add(RowFactory.create(r.getAs(EntitiesTable.DOC_ID), r.getAs(EntitiesTable.SENTENCE),
                        r.getAs(EnrichmentRows.TOKEN_COUNT), r.getAs(EnrichmentRows.LEMMAS),
                        (double) label.label(), label.score()));
            }
            return out.iterator();
        }
    }
}
