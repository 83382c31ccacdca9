package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.warehouse.Warehouse;

import java.util.List;
import java.util.Map;

/**
 * Rebuilds the catalog from what the warehouse holds now and saves it as the next version, keeping
 * the synonyms users added to the previous one.
 */
public final class CatalogRefresh {
    private final Warehouse warehouse;
    private final CatalogBuilder builder;

    public CatalogRefresh(Warehouse warehouse, CatalogBuilder builder) {
        this.warehouse = warehouse;
        this.builder = builder;
    }

    public CatalogRefresh(Warehouse warehouse) {
        this(warehouse, new CatalogBuilder());
    }

    public Catalog run() {
        CatalogStore store = new CatalogStore(warehouse);
        Map<String, List<String>> synonyms = store.latest().map(Catalog::synonyms).orElse(Map.of());
        return store.save(builder.build(WarehouseTableSources.of(warehouse), synonyms));
    }
}
