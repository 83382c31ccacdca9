package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Document-level features: one row per enriched document. The enrichment stage owns the
 * bookkeeping and sentiment columns ({@link #TEXT_SHA256} tells it which documents changed); the
 * key-phrase, type, topic and near-duplicate stages fill their own nullable columns and must
 * leave the others alone (update by MERGE on {@link #DOC_ID}, setting only their columns).
 */
public final class DocFeaturesTable {
    public static final String DOC_ID = "doc_id";
    /** Lower-case hex SHA-256 of the UTF-8 text that was annotated ("" for a document without text). */
    public static final String TEXT_SHA256 = "text_sha256";
    public static final String ENRICH_RUN_ID = "enrich_run_id";
    public static final String ENRICHED_AT = "enriched_at";
    /** Language the text was taken for ("en"), or the one that made it skipped; null when unknown. */
    public static final String LANGUAGE = "language";
    /** Why the document was not annotated ("no text", "not English: …"); null when it was. */
    public static final String SKIPPED_REASON = "skipped_reason";
    public static final String TOKEN_COUNT = "token_count";
    public static final String SENTENCE_COUNT = "sentence_count";
    public static final String CHUNK_COUNT = "chunk_count";
    public static final String ENTITY_COUNT = "entity_count";
    /** Token-weighted mean of sentence sentiment, in [-1, 1]. */
    public static final String SENTIMENT_SCORE = "sentiment_score";
    /** negative, neutral or positive. */
    public static final String SENTIMENT_LABEL = "sentiment_label";
    /** How sentence sentiment was obtained: {@code corenlp}, {@code model} or {@code mixed}. */
    public static final String SENTIMENT_SOURCE = "sentiment_source";
    public static final String KEY_PHRASES = "key_phrases";
    public static final String DOC_TYPE = "doc_type";
    public static final String TOPIC_ID = "topic_id";
    public static final String TOPIC_LABEL = "topic_label";
    public static final String NEAR_DUPLICATE_GROUP = "near_duplicate_group";

    private static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(TEXT_SHA256, DataTypes.StringType, false)
            .add(ENRICH_RUN_ID, DataTypes.StringType, false)
            .add(ENRICHED_AT, DataTypes.TimestampType, false)
            .add(LANGUAGE, DataTypes.StringType, true)
            .add(SKIPPED_REASON, DataTypes.StringType, true)
            .add(TOKEN_COUNT, DataTypes.IntegerType, false)
            .add(SENTENCE_COUNT, DataTypes.IntegerType, false)
            .add(CHUNK_COUNT, DataTypes.IntegerType, false)
            .add(ENTITY_COUNT, DataTypes.IntegerType, false)
            .add(SENTIMENT_SCORE, DataTypes.DoubleType, true)
            .add(SENTIMENT_LABEL, DataTypes.StringType, true)
            .add(SENTIMENT_SOURCE, DataTypes.StringType, true)
            .add(KEY_PHRASES, DataTypes.createArrayType(DataTypes.StringType), true)
            .add(DOC_TYPE, DataTypes.StringType, true)
            .add(TOPIC_ID, DataTypes.IntegerType, true)
            .add(TOPIC_LABEL, DataTypes.StringType, true)
            .add(NEAR_DUPLICATE_GROUP, DataTypes.StringType, true);

    public static final WarehouseTable TABLE = new WarehouseTable("doc_features", SCHEMA);

    private DocFeaturesTable() {
    }
}
