package io.darkroom.analytics.features;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

class DocFeaturesStageSparkTest {
    @Test
    void writesOnlyItsColumnsAndRescoresOnlyChangedDocuments(@TempDir Path home) {
        SampleDocuments sample = SampleDocuments.of(600);
        Warehouse warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());
        warehouse.replace(DocumentsTable.TABLE, sample.documents());
        // Enrichment's columns of one document exist already and must survive the MERGE.
        Row first = sample.documents().first();
        String kept = first.getAs(DocumentsTable.DOC_ID);
        Dataset<Row> enriched = SharedSpark.session().createDataFrame(java.util.List.of(org.apache.spark.sql.RowFactory
                .create(kept, "hash", "run-1", java.sql.Timestamp.valueOf("2025-01-01 00:00:00"), "en", null, 10, 1, 1,
                        0, 0.5, "positive", "corenlp", null, null, null, null, null)), DocFeaturesTable.TABLE.schema());
        warehouse.append(DocFeaturesTable.TABLE, enriched);

        DocFeaturesSummary firstRun = new DocFeaturesStage(DocFeaturesOptions.defaults()).run(warehouse);
        System.out.println("[stage] first run: " + firstRun);
        Dataset<Row> features = warehouse.read(DocFeaturesTable.TABLE).cache();
        Row keptRow = features.filter(col("doc_id").equalTo(kept)).first();
        assertThat(keptRow.<String>getAs(DocFeaturesTable.SENTIMENT_LABEL)).isEqualTo("positive");
        assertThat(keptRow.<String>getAs(DocFeaturesTable.DOC_TYPE)).isNotNull();
        assertThat(firstRun.retrained()).isTrue();
        assertThat(firstRun.scored()).isEqualTo(sample.texts().size());
        System.out.println("[stage] rows not inserted (NOT NULL enrichment columns): " + firstRun.notInserted());
        features.unpersist();

        Dataset<Row> changed = warehouse.read(DocumentsTable.TABLE)
                .withColumn(DocumentsTable.TEXT, org.apache.spark.sql.functions.when(col("doc_id").equalTo(kept),
                        lit("SUPPORT TICKET TCK-1\nThe pump leaks.")).otherwise(col(DocumentsTable.TEXT)));
        warehouse.replace(DocumentsTable.TABLE, changed.localCheckpoint());
        DocFeaturesSummary second = new DocFeaturesStage(DocFeaturesOptions.defaults()).run(warehouse);
        System.out.println("[stage] second run: " + second);
        assertThat(second.retrained()).isFalse();
        assertThat(second.scored()).isEqualTo(1);
        assertThat(warehouse.read(DocFeaturesTable.TABLE).filter(col("doc_id").equalTo(kept)).first()
                .<String>getAs(DocFeaturesTable.DOC_TYPE)).isEqualTo("ticket");
    }
}
