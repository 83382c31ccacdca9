package io.darkroom.analytics.features;

import io.darkroom.analytics.facts.DocumentTypes;
import io.darkroom.analytics.features.doctype.DocTypeClassifier;
import io.darkroom.analytics.features.doctype.DocTypeModel;
import io.darkroom.analytics.features.duplicates.NearDuplicateGrouper;
import io.darkroom.analytics.features.phrases.KeyPhraseExtractor;
import io.darkroom.analytics.features.topics.TopicModel;
import io.darkroom.analytics.features.topics.TopicModeler;
import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

/**
 * Fills the MLlib columns of {@code doc_features} (document type, topic, near-duplicate group, key
 * phrases) from {@code documents}, by MERGE on doc_id that sets only these columns.
 *
 * <p>Incremental policy: the type and topic models are trained on the first run and retrained
 * when the corpus has grown by {@code retrainGrowth} since; a retrain rescores every document
 * (topic ids of two fits do not correspond). Otherwise only documents whose text hash is new or
 * changed get a new type, topic and key phrases (key-phrase document frequencies always come from
 * the whole corpus). Near-duplicate groups are recomputed over the whole corpus on every run,
 * because a new document can join or merge old groups; they are cheap (see docs/doc-features.md).
 */
public final class DocFeaturesStage {
    private static final Logger LOG = LoggerFactory.getLogger(DocFeaturesStage.class);

    private final DocFeaturesOptions options;

    public DocFeaturesStage(DocFeaturesOptions options) {
        this.options = options;
    }

    public DocFeaturesSummary run(Warehouse warehouse) {
        FeatureModels models = new FeatureModels(warehouse);
        Dataset<Row> documents = warehouse.read(DocumentsTable.TABLE)
                .select(col(DocumentsTable.DOC_ID), col(DocumentsTable.MIME), col(DocumentsTable.SUBJECT),
                        col(DocumentsTable.TEXT))
                .withColumn("text_sha256", sha2(coalesce(col(DocumentsTable.TEXT), lit("")), 256))
                .cache();
        long total = documents.count();
        long trainedOn = models.trainedOn();
        boolean retrain = trainedOn < 0 || total >= trainedOn * (1 + options.retrainGrowth());

        long t0 = System.nanoTime();
        DocTypeModel typeModel;
        TopicModel topicModel;
        if (retrain) {
            Dataset<Row> ruleLabelled = documents.withColumn("rule_label",
                    DocumentTypes.typeOf(col(DocumentsTable.MIME), col(DocumentsTable.TEXT)));
            typeModel = new DocTypeClassifier(options.docType()).fit(ruleLabelled, "rule_label", "rules");
            typeModel.save(models.docType());
        } else {
            typeModel = DocTypeModel.load(models.docType());
        }
        Dataset<Row> state = models.readState().withColumnRenamed("doc_id", "s_doc_id")
                .withColumnRenamed("text_sha256", "s_text_sha256");
        Dataset<Row> targets = retrain ? documents : documents.join(state,
                documents.col("doc_id").equalTo(col("s_doc_id")).and(documents.col("text_sha256")
                        .equalTo(col("s_text_sha256"))), "left_anti");
        targets = targets.cache();
        long scored = targets.count();
        Dataset<Row> typed = typeModel.classify(targets, DocFeaturesTable.DOC_TYPE)
                .select(DocFeaturesTable.DOC_ID, DocFeaturesTable.DOC_TYPE).localCheckpoint();
        long t1 = System.nanoTime();
        if (retrain) {
            topicModel = new TopicModeler(options.topics()).fit(documents);
            topicModel.save(models.topics());
        } else {
            topicModel = TopicModel.load(models.topics(), options.topics());
        }
        Dataset<Row> topics = topicModel.assign(targets, DocFeaturesTable.TOPIC_ID, DocFeaturesTable.TOPIC_LABEL)
                .select(DocFeaturesTable.DOC_ID, DocFeaturesTable.TOPIC_ID, DocFeaturesTable.TOPIC_LABEL)
                .localCheckpoint();
        long t2 = System.nanoTime();
        Dataset<Row> phrases = new KeyPhraseExtractor(options.keyPhrases()).extract(documents, targets)
                .localCheckpoint();
        long t3 = System.nanoTime();
        Dataset<Row> groups = new NearDuplicateGrouper(options.nearDuplicates()).groups(documents);
        long grouped = groups.count();
        long t4 = System.nanoTime();

        Dataset<Row> features = targets.select(DocFeaturesTable.DOC_ID).join(typed, DocFeaturesTable.DOC_ID)
                .join(topics, DocFeaturesTable.DOC_ID).join(phrases, DocFeaturesTable.DOC_ID);
        Dataset<Row> allGroups = documents.select(DocFeaturesTable.DOC_ID).join(groups, DocFeaturesTable.DOC_ID, "left");
        long notInserted = new DocFeaturesWriter(warehouse).write(features, allGroups);
        models.writeState(documents);
        if (retrain) {
            models.recordTraining(total);
        }
        long t5 = System.nanoTime();
        documents.unpersist();
        targets.unpersist();
        DocFeaturesSummary summary = new DocFeaturesSummary(total, scored, retrain, grouped, notInserted,
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        LOG.info("Document features: {}", summary);
        return summary;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
