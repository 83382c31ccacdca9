package io.darkroom.analytics.enrich;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.text.NlpPipelines;
import io.darkroom.text.PipelineProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurement, not a gate: enriches a copy of an ingested warehouse's documents and prints the
 * costs. Run with {@code -Ddarkroom.bench.warehouse=/path/to/warehouse} (e.g. one written by
 * {@code darkroom ingest} of the sample corpus); skipped otherwise.
 */
@EnabledIfSystemProperty(named = "darkroom.bench.warehouse", matches = ".+")
class EnrichmentThroughputSparkTest {
    @TempDir
    Path home;

    @Test
    void measuresTokensPerCoreSecondOnIngestedDocuments() {
        Warehouse source = new Warehouse(SharedSpark.session(), System.getProperty("darkroom.bench.warehouse"));
        Warehouse copy = new Warehouse(SharedSpark.session(), home.toUri().toString());
        copy.replace(DocumentsTable.TABLE, source.read(DocumentsTable.TABLE));
        int sample = Integer.getInteger("darkroom.bench.sentiment-sample", 300);
        EnrichmentSummary s = new EnrichmentStage(new EnrichmentOptions(AnnotatorOptions.DEFAULTS, 0, sample, 42)).run(copy);
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf("ENRICH-BENCH docs=%d annotated=%d skipped=%d tokens=%d sentences=%d entities=%d%n",
                s.documentsSeen(), s.documentsAnnotated(), s.documentsSkipped(), s.tokens(), s.sentences(), s.entities());
        System.out.printf("ENRICH-BENCH annotate=%.1fs(core) tokens/core-s=%.0f sentiment=%.1fs(wall) wall=%.1fs corenlpLabelled=%d agreement=%s heapUsedMb=%d%n",
                s.annotateSeconds(), s.tokensPerCoreSecond(), s.sentimentSeconds(), s.wallSeconds(), s.sentencesLabelledByCoreNlp(),
                s.sentimentAgreement(), heapMb);
        for (PipelineProfile p : PipelineProfile.values()) {
            System.out.printf("ENRICH-BENCH load %s=%s ms%n", p, NlpPipelines.loadMillis(p));
        }
        assertThat(s.documentsSeen()).isPositive();
    }
}
