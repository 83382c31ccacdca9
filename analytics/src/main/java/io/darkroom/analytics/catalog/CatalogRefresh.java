package io.darkroom.analytics.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rebuilds the catalog from what the warehouse holds now, merges the user's overrides file, and
 * saves it as the next version, keeping the synonyms users added to the previous one. A bad
 * overrides file never stops the rebuild: the catalog is saved with every edit that did apply and
 * the problem is returned (and logged) for the caller to show.
 */
public final class CatalogRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresh.class);

    private final Warehouse warehouse;
    private final CatalogBuilder builder;

    public CatalogRefresh(Warehouse warehouse, CatalogBuilder builder) {
        this.warehouse = warehouse;
        this.builder = builder;
    }

    public CatalogRefresh(Warehouse warehouse) {
        this(warehouse, new CatalogBuilder());
    }

    /**
     * @param overridesProblem what was wrong with the overrides file, when something was
     */
    public record Refreshed(Catalog catalog, Optional<DarkroomException> overridesProblem) {
    }

    public Catalog run() {
        return refresh().catalog();
    }

    public Refreshed refresh() {
        Refreshed built = build();
        return new Refreshed(new CatalogStore(warehouse).save(built.catalog()), built.overridesProblem());
    }

    /**
     * The catalog {@link #refresh} would save, not saved: the server builds one per restricted view of
     * the warehouse (access control), so that row counts, values and relations come from visible rows only.
     * Its version is the latest saved one's.
     */
    public Refreshed build() {
        Optional<Catalog> latest = new CatalogStore(warehouse).latest();
        Map<String, List<String>> synonyms = new TreeMap<>(latest.map(Catalog::synonyms).orElse(Map.of()));
        synonyms.keySet().removeIf(k -> k.startsWith(OverridesMerge.VALUE_KEY));
        Catalog built = builder.build(WarehouseTableSources.of(warehouse), synonyms, EntityNames.of(warehouse));
        Optional<DarkroomException> problem = Optional.empty();
        Catalog merged = built;
        try {
            CatalogOverrides overrides = new OverridesFile(warehouse).read();
            OverridesMerge.Result result = new OverridesMerge().apply(built, overrides);
            merged = result.catalog();
            problem = result.error(overrides);
        } catch (DarkroomException unreadable) {
            problem = Optional.of(unreadable);
        }
        problem.ifPresent(p -> LOG.warn("{}", p.getMessage()));
        return new Refreshed(merged.withVersion(latest.map(Catalog::version).orElse(0)), problem);
    }
}
