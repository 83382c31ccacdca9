package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a run's rows so that a crash at any point is repaired by the next run: entities of
 * changed and removed documents are deleted, new entities appended, and only then doc_features is
 * merged — the table whose text hash marks a document done. The feature columns other stages own
 * (key phrases, type, topic, near-duplicate group) are never overwritten here.
 */
final class EnrichmentWriter {
    private static final Set<String> OWNED = Set.of(DocFeaturesTable.TEXT_SHA256, DocFeaturesTable.ENRICH_RUN_ID,
            DocFeaturesTable.ENRICHED_AT, DocFeaturesTable.LANGUAGE, DocFeaturesTable.SKIPPED_REASON,
            DocFeaturesTable.TOKEN_COUNT, DocFeaturesTable.SENTENCE_COUNT, DocFeaturesTable.CHUNK_COUNT,
            DocFeaturesTable.ENTITY_COUNT, DocFeaturesTable.SENTIMENT_SCORE, DocFeaturesTable.SENTIMENT_LABEL,
            DocFeaturesTable.SENTIMENT_SOURCE);

    private final Warehouse warehouse;

    EnrichmentWriter(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** @param stale doc_id of every document whose old entities must go (changed or removed) */
    void writeEntities(Dataset<Row> entities, Dataset<Row> stale) {
        if (warehouse.exists(EntitiesTable.TABLE)) {
            warehouse.delta(EntitiesTable.TABLE).as("t")
                    .merge(stale.distinct().as("s"), "t." + EntitiesTable.DOC_ID + " = s." + EntitiesTable.DOC_ID)
                    .whenMatched().delete()
                    .execute();
        }
        warehouse.append(EntitiesTable.TABLE, conform(entities, EntitiesTable.TABLE.schema().fieldNames()));
    }

    /** @param removed doc_id of documents no longer in {@code documents} */
    void writeFeatures(Dataset<Row> features, Dataset<Row> removed) {
        Dataset<Row> rows = conform(features, DocFeaturesTable.TABLE.schema().fieldNames());
        if (!warehouse.exists(DocFeaturesTable.TABLE)) {
            warehouse.append(DocFeaturesTable.TABLE, rows);
            return;
        }
        Map<String, String> set = new LinkedHashMap<>();
        OWNED.forEach(c -> set.put(c, "s." + c));
        warehouse.delta(DocFeaturesTable.TABLE).as("t")
                .merge(rows.as("s"), "t." + DocFeaturesTable.DOC_ID + " = s." + DocFeaturesTable.DOC_ID)
                .whenMatched().updateExpr(set)
                .whenNotMatched().insertAll()
                .execute();
        warehouse.delta(DocFeaturesTable.TABLE).as("t")
                .merge(removed.distinct().as("s"), "t." + DocFeaturesTable.DOC_ID + " = s." + DocFeaturesTable.DOC_ID)
                .whenMatched().delete()
                .execute();
    }

    private static Dataset<Row> conform(Dataset<Row> rows, String[] columns) {
        return rows.selectExpr(Arrays.stream(columns).map(c -> "`" + c + "`").toArray(String[]::new));
    }
}
