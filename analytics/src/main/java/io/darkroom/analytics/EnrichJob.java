package io.darkroom.analytics;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.enrich.EnrichmentOptions;
import io.darkroom.analytics.enrich.EnrichmentStage;
import io.darkroom.analytics.enrich.EnrichmentSummary;
import io.darkroom.analytics.facts.FactsBuilder;
import io.darkroom.analytics.features.DocFeaturesOptions;
import io.darkroom.analytics.features.DocFeaturesStage;
import io.darkroom.analytics.features.DocFeaturesSummary;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything after ingest, in order: CoreNLP enrichment (entities, sentiment), MLlib document
 * features (type, topic, key phrases, near-duplicates), the facts table, and a new catalog version.
 * Each stage is incremental on its own; the facts and the catalog are rebuilt whole.
 */
public final class EnrichJob {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichJob.class);

    /** What each stage did, for the CLI and the API. */
    public record Summary(EnrichmentSummary enrichment, DocFeaturesSummary features, long facts, int catalogVersion,
                          int catalogTables, int relations, long wallMillis) {
    }

    private final EnrichmentOptions enrichment;
    private final DocFeaturesOptions features;

    public EnrichJob(EnrichmentOptions enrichment, DocFeaturesOptions features) {
        this.enrichment = enrichment;
        this.features = features;
    }

    public EnrichJob() {
        this(EnrichmentOptions.DEFAULTS, DocFeaturesOptions.defaults());
    }

    public Summary run(Warehouse warehouse) {
        long start = System.nanoTime();
        EnrichmentSummary annotated = new EnrichmentStage(enrichment).run(warehouse);
        DocFeaturesSummary featured = new DocFeaturesStage(features).run(warehouse);
        long facts = new FactsBuilder(warehouse).rebuild();
        Catalog catalog = new CatalogRefresh(warehouse).run();
        long wall = (System.nanoTime() - start) / 1_000_000;
        LOG.info("Enrichment done in {} ms: {} documents annotated, {} facts, catalog v{}", wall,
                annotated.documentsAnnotated(), facts, catalog.version());
        return new Summary(annotated, featured, facts, catalog.version(), catalog.tables().size(),
                catalog.relations().size(), wall);
    }
}
