package io.darkroom.analytics.features;

import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * MERGEs this stage's columns into doc_features and leaves every other column alone
 * (DocFeaturesTable's contract). Rows that do not exist yet are inserted with the other columns
 * null when the table allows it; a table created by enrichment declares its bookkeeping columns
 * NOT NULL, and then such documents are left for the next run (counted, never faked).
 */
final class DocFeaturesWriter {
    private static final List<String> SCORED = List.of(DocFeaturesTable.DOC_TYPE, DocFeaturesTable.TOPIC_ID,
            DocFeaturesTable.TOPIC_LABEL, DocFeaturesTable.KEY_PHRASES);
    private final Warehouse warehouse;

    DocFeaturesWriter(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param features doc_id + the scored columns of the documents scored in this run
     * @param groups   doc_id + near_duplicate_group (null when none) of every document
     * @return documents that have no doc_features row and could not be inserted
     */
    long write(Dataset<Row> features, Dataset<Row> groups) {
        Dataset<Row> rows = groups.join(features, DocFeaturesTable.DOC_ID, "left")
                .withColumn("scored", col(DocFeaturesTable.DOC_TYPE).isNotNull().or(col(DocFeaturesTable.TOPIC_ID)
                        .isNotNull()).or(col(DocFeaturesTable.KEY_PHRASES).isNotNull()));
        if (!warehouse.exists(DocFeaturesTable.TABLE)) {
            warehouse.append(DocFeaturesTable.TABLE, conform(rows.filter(col("scored")), nullable(DocFeaturesTable.TABLE.schema())));
            return 0;
        }
        StructType existing = warehouse.read(DocFeaturesTable.TABLE).schema();
        boolean insertable = Arrays.stream(existing.fields())
                .filter(f -> !f.name().equals(DocFeaturesTable.DOC_ID) && !SCORED.contains(f.name())
                        && !f.name().equals(DocFeaturesTable.NEAR_DUPLICATE_GROUP))
                .allMatch(StructField::nullable);
        Map<String, String> scoredSet = new LinkedHashMap<>();
        SCORED.forEach(c -> scoredSet.put(c, "s." + c));
        scoredSet.put(DocFeaturesTable.NEAR_DUPLICATE_GROUP, "s." + DocFeaturesTable.NEAR_DUPLICATE_GROUP);
        Map<String, String> groupSet = Map.of(DocFeaturesTable.NEAR_DUPLICATE_GROUP, "s." + DocFeaturesTable.NEAR_DUPLICATE_GROUP);
        var merge = warehouse.delta(DocFeaturesTable.TABLE).as("t")
                .merge(rows.as("s"), "t." + DocFeaturesTable.DOC_ID + " = s." + DocFeaturesTable.DOC_ID)
                .whenMatched("s.scored").updateExpr(scoredSet)
                .whenMatched("NOT s.scored").updateExpr(groupSet);
        long missing = 0;
        if (insertable) {
            Map<String, String> insert = new LinkedHashMap<>();
            insert.put(DocFeaturesTable.DOC_ID, "s." + DocFeaturesTable.DOC_ID);
            insert.putAll(scoredSet);
            merge = merge.whenNotMatched("s.scored").insertExpr(insert);
        } else {
            missing = rows.filter(col("scored")).select(DocFeaturesTable.DOC_ID)
                    .except(warehouse.read(DocFeaturesTable.TABLE).select(DocFeaturesTable.DOC_ID)).count();
        }
        merge.execute();
        return missing;
    }

    private static StructType nullable(StructType schema) {
        return new StructType(Arrays.stream(schema.fields())
                .map(f -> new StructField(f.name(), f.dataType(), !f.name().equals(DocFeaturesTable.DOC_ID), f.metadata()))
                .toArray(StructField[]::new));
    }

    private static Dataset<Row> conform(Dataset<Row> rows, StructType schema) {
        Column[] columns = Arrays.stream(schema.fields())
                .map(f -> Arrays.asList(rows.columns()).contains(f.name()) ? col(f.name()).cast(f.dataType()).as(f.name())
                        : lit(null).cast(f.dataType()).as(f.name()))
                .toArray(Column[]::new);
        return rows.select(columns);
    }
}
