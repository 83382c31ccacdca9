package io.darkroom.app.cli;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.feed.AnalyticsInsights;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.exec.TableReader;

import java.time.Clock;

/** Builds the question answerer of a warehouse: its newest catalog, its tables, CoreNLP. */
public final class Answerers {
    private Answerers() {
    }

    public static QuestionAnswerer of(Warehouse warehouse) {
        CatalogStore store = new CatalogStore(warehouse);
        // A warehouse ingested before catalogs existed gets one on first use.
        Catalog catalog = store.latest().isEmpty() && warehouse.exists(FactsTable.TABLE)
                ? new CatalogRefresh(warehouse).run()
                : store.require();
        return forCatalog(warehouse, catalog);
    }

    /** The answerer of one catalog of the warehouse (the server builds a new one whenever its catalog changes). */
    public static QuestionAnswerer forCatalog(Warehouse warehouse, Catalog catalog) {
        TableReader tables = TableReader.of(warehouse);
        return new QuestionAnswerer(catalog, tables, new CoreNlpTokens(), new AnalyticsInsights(catalog, tables::read), null,
                Clock.systemUTC());
    }
}
