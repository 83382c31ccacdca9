package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.EntitiesTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The stage's intermediate rows: one per annotated document, with its mentions (shaped like
 * {@code entities} minus doc_id and run_id) and sentences nested, so CoreNLP runs once and both
 * tables are derived from the cached result.
 */
final class EnrichmentRows {
    static final String SHA = "text_sha256";
    static final String LANGUAGE = "language";
    static final String SKIPPED_REASON = "skipped_reason";
    static final String TOKEN_COUNT = "token_count";
    static final String SENTENCE_COUNT = "sentence_count";
    static final String CHUNK_COUNT = "chunk_count";
    static final String NANOS = "nanos";
    static final String MENTIONS = "mentions";
    static final String SENTENCES = "sentences";
    static final String LEMMAS = "lemmas";
    static final String SENTENCE_TEXT = "sentence_text";

    static final StructType MENTION = new StructType(Arrays.stream(EntitiesTable.TABLE.schema().fields())
            .filter(f -> !f.name().equals(EntitiesTable.DOC_ID) && !f.name().equals(EntitiesTable.RUN_ID))
            .toArray(StructField[]::new));
    static final StructType SENTENCE = new StructType()
            .add(EntitiesTable.SENTENCE, DataTypes.IntegerType, false)
            .add(TOKEN_COUNT, DataTypes.IntegerType, false)
            .add(LEMMAS, DataTypes.createArrayType(DataTypes.StringType), false)
            .add(SENTENCE_TEXT, DataTypes.StringType, false);
    static final StructType ANNOTATED = new StructType()
            .add(EntitiesTable.DOC_ID, DataTypes.StringType, false)
            .add(SHA, DataTypes.StringType, false)
            .add(LANGUAGE, DataTypes.StringType, true)
            .add(SKIPPED_REASON, DataTypes.StringType, true)
            .add(TOKEN_COUNT, DataTypes.IntegerType, false)
            .add(SENTENCE_COUNT, DataTypes.IntegerType, false)
            .add(CHUNK_COUNT, DataTypes.IntegerType, false)
            .add(NANOS, DataTypes.LongType, false)
            .add(MENTIONS, DataTypes.createArrayType(MENTION), false)
            .add(SENTENCES, DataTypes.createArrayType(SENTENCE), false);

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e18");

    private EnrichmentRows() {
    }

    static Row annotated(AnnotatedDocument d, String sha, String text) {
        Row[] mentions = d.mentions().stream().map(EnrichmentRows::mention).toArray(Row[]::new);
        Row[] sentences = d.sentences().stream()
                .map(s -> RowFactory.create(s.index(), s.tokenCount(), s.lemmas().toArray(String[]::new),
                        text.substring(s.begin(), s.end())))
                .toArray(Row[]::new);
        return RowFactory.create(d.docId(), sha, d.language(), d.skippedReason(), d.tokenCount(), d.sentences().size(),
                d.chunkCount(), d.nanos(), mentions, sentences);
    }

    private static Row mention(Mention m) {
        return RowFactory.create(m.sentence(), m.begin(), m.end(), m.type(), m.text(), m.canonical(), fit(m.amount()),
                m.currency(), m.date() == null ? null : java.sql.Date.valueOf(m.date()), m.normalized(),
                m.linkedPerson(), m.linkedEmail(), m.source());
    }

    /** decimal(24,6): six decimals at most, and amounts past 10^18 are not amounts but digit runs. */
    private static BigDecimal fit(BigDecimal amount) {
        if (amount == null || amount.abs().compareTo(MAX_AMOUNT) >= 0) {
            return null;
        }
        return amount.scale() > 6 ? amount.setScale(6, RoundingMode.HALF_UP) : amount;
    }
}
