package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * CoreNLP enrichment of {@code documents} into {@code entities} and {@code doc_features}
 * (sentiment and bookkeeping), incrementally: a document is annotated again only when its doc_id
 * is new or the SHA-256 of its text differs from the one recorded in {@code doc_features}.
 * CoreNLP runs in {@code mapPartitions} with the executor JVM's shared pipelines.
 */
public final class EnrichmentStage {
    public static final String REFERENCE_DATE = "reference_date";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentStage.class);

    private final EnrichmentOptions options;

    public EnrichmentStage(EnrichmentOptions options) {
        this.options = options;
    }

    public EnrichmentSummary run(Warehouse warehouse) {
        long start = System.nanoTime();
        String runId = "enrich-" + UUID.randomUUID();
        Dataset<Row> documents = warehouse.read(DocumentsTable.TABLE);
        Dataset<Row> current = inputs(documents);
        Dataset<Row> todo = current;
        Dataset<Row> removed = current.sparkSession().emptyDataFrame().select(lit("").as(DocFeaturesTable.DOC_ID)).limit(0);
        if (warehouse.exists(DocFeaturesTable.TABLE)) {
            Dataset<Row> done = warehouse.read(DocFeaturesTable.TABLE)
                    .select(col(DocFeaturesTable.DOC_ID), col(DocFeaturesTable.TEXT_SHA256).as(EnrichmentRows.SHA));
            todo = current.join(done, seq(DocFeaturesTable.DOC_ID, EnrichmentRows.SHA), "left_anti");
            removed = done.select(DocFeaturesTable.DOC_ID).join(current.select(DocumentsTable.DOC_ID),
                    seq(DocFeaturesTable.DOC_ID), "left_anti").cache();
        }
        long seen = current.count();
        long pending = todo.count();
        long removedCount = removed.count();
        LOG.info("Enrichment {}: {} documents, {} new or changed, {} removed", runId, seen, pending, removedCount);

        Dataset<Row> annotated = annotate(todo, pending, options.annotator(), new EmailDirectory().addAll(headerValues(documents)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row totals = annotated.agg(count(lit(1)), sum(when(col(EnrichmentRows.SKIPPED_REASON).isNotNull(), 1).otherwise(0)),
                    sum(col(EnrichmentRows.TOKEN_COUNT)), sum(col(EnrichmentRows.SENTENCE_COUNT)),
                    sum(size(col(EnrichmentRows.MENTIONS))), sum(col(EnrichmentRows.NANOS))).first();
            long annotateNanos = totals.isNullAt(5) ? 0 : totals.getLong(5);

            long sentimentStart = System.nanoTime();
            Dataset<Row> sentences = annotated.select(col(EntitiesTable.DOC_ID), explode(col(EnrichmentRows.SENTENCES)).as("s"))
                    .select(col(EntitiesTable.DOC_ID), col("s.*"));
            SentenceSentiment.Result sentiment = new SentenceSentiment(options).score(sentences);
            Dataset<Row> docSentiment = sentiment.scores()
                    .groupBy(EntitiesTable.DOC_ID)
                    .agg(sum(col(SentenceSentiment.SCORE).multiply(col(EnrichmentRows.TOKEN_COUNT)))
                                    .divide(sum(col(EnrichmentRows.TOKEN_COUNT))).as(DocFeaturesTable.SENTIMENT_SCORE),
                            min(col(SentenceSentiment.SOURCE)).as("min_source"), max(col(SentenceSentiment.SOURCE)).as("max_source"))
                    .cache();
            docSentiment.count();
            double sentimentSeconds = (System.nanoTime() - sentimentStart) / 1e9;

            Dataset<Row> entities = annotated.select(col(EntitiesTable.DOC_ID), explode(col(EnrichmentRows.MENTIONS)).as("m"))
                    .select(col(EntitiesTable.DOC_ID), col("m.*"), lit(runId).as(EntitiesTable.RUN_ID));
            EnrichmentWriter writer = new EnrichmentWriter(warehouse);
            writer.writeEntities(entities, todo.select(DocumentsTable.DOC_ID).union(removed));
            writer.writeFeatures(features(annotated, docSentiment, runId), removed);
            docSentiment.unpersist();

            EnrichmentSummary summary = new EnrichmentSummary(runId, seen, totals.getLong(0) - longOrZero(totals, 1),
                    longOrZero(totals, 1), removedCount, longOrZero(totals, 4), longOrZero(totals, 3), longOrZero(totals, 2),
                    annotateNanos / 1e9, sentimentSeconds, (System.nanoTime() - start) / 1e9,
                    sentiment.labelledByCoreNlp(), sentiment.agreement());
            LOG.info("Enrichment {} done: {}", runId, summary);
            return summary;
        } finally {
            annotated.unpersist();
            removed.unpersist();
        }
    }

    private static Dataset<Row> features(Dataset<Row> annotated, Dataset<Row> docSentiment, String runId) {
        Column score = col(DocFeaturesTable.SENTIMENT_SCORE);
        Column source = when(col("min_source").equalTo(col("max_source")), col("min_source")).otherwise(lit("mixed"));
        Dataset<Row> joined = annotated.join(docSentiment, seq(EntitiesTable.DOC_ID), "left");
        List<Column> columns = new ArrayList<>();
        for (StructField f : DocFeaturesTable.TABLE.schema().fields()) {
            Column c = switch (f.name()) {
                case DocFeaturesTable.DOC_ID -> col(EntitiesTable.DOC_ID);
                case DocFeaturesTable.TEXT_SHA256 -> col(EnrichmentRows.SHA);
                case DocFeaturesTable.ENRICH_RUN_ID -> lit(runId);
                case DocFeaturesTable.ENRICHED_AT -> current_timestamp();
                case DocFeaturesTable.LANGUAGE -> col(EnrichmentRows.LANGUAGE);
                case DocFeaturesTable.SKIPPED_REASON -> col(EnrichmentRows.SKIPPED_REASON);
                case DocFeaturesTable.TOKEN_COUNT -> col(EnrichmentRows.TOKEN_COUNT);
                case DocFeaturesTable.SENTENCE_COUNT -> col(EnrichmentRows.SENTENCE_COUNT);
                case DocFeaturesTable.CHUNK_COUNT -> col(EnrichmentRows.CHUNK_COUNT);
                case DocFeaturesTable.ENTITY_COUNT -> size(col(EnrichmentRows.MENTIONS));
                case DocFeaturesTable.SENTIMENT_SCORE -> score;
                case DocFeaturesTable.SENTIMENT_LABEL -> when(score.isNull(), lit(null))
                        .when(score.leq(-0.2), lit("negative")).when(score.geq(0.2), lit("positive")).otherwise(lit("neutral"));
                case DocFeaturesTable.SENTIMENT_SOURCE -> when(score.isNull(), lit(null)).otherwise(source);
                default -> lit(null).cast(f.dataType());
            };
            columns.add(c.cast(f.dataType()).as(f.name()));
        }
        return joined.select(columns.toArray(Column[]::new));
    }

    /**
     * What the annotator reads of {@code documents} rows: doc_id, text, language, {@value #REFERENCE_DATE}
     * (sent, else created, else modified) and the text's SHA-256.
     */
    public static Dataset<Row> inputs(Dataset<Row> documents) {
        return documents.select(col(DocumentsTable.DOC_ID), col(DocumentsTable.TEXT), col(DocumentsTable.LANGUAGE),
                to_date(coalesce(col(DocumentsTable.SENT_AT), col(DocumentsTable.CREATED), col(DocumentsTable.MODIFIED)))
                        .as(REFERENCE_DATE),
                sha2(coalesce(col(DocumentsTable.TEXT), lit("")), 256).as(EnrichmentRows.SHA));
    }

    /**
     * The CoreNLP step alone (lazy; no sentiment, no writes): {@code count} rows of {@link #inputs} spread over
     * at most four partitions per core, each annotated by a task with the JVM's shared pipelines. Public so
     * that the throughput benchmark times exactly what {@link #run} runs.
     */
    public static Dataset<Row> annotate(Dataset<Row> inputs, long count, AnnotatorOptions options, EmailDirectory directory) {
        int partitions = (int) Math.max(1, Math.min(count, inputs.sparkSession().sparkContext().defaultParallelism() * 4L));
        return inputs.repartition(partitions)
                .mapPartitions(new AnnotatePartition(options, directory), Encoders.row(EnrichmentRows.ANNOTATED));
    }

    /** Every "Name <address>" of the documents' From/To/Cc headers, for the {@link EmailDirectory} (small: collected on the driver). */
    public static List<String> headerValues(Dataset<Row> documents) {
        Column headers = flatten(array(array(col(DocumentsTable.EMAIL_FROM)),
                coalesce(col(DocumentsTable.EMAIL_TO), array().cast("array<string>")),
                coalesce(col(DocumentsTable.EMAIL_CC), array().cast("array<string>"))));
        return documents.select(explode(headers).as("h")).where(col("h").contains("<")).distinct()
                .as(Encoders.STRING()).collectAsList();
    }

    private static long longOrZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    private static scala.collection.immutable.Seq<String> seq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
    }
}
