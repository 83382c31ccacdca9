package io.darkroom.app.server;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.app.access.DataScope;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.nlq.QuestionAnswerer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog the server answers from and its question answerers (one for the whole catalog, one per
 * table asked about with {@code dataset}). Swapped as a whole when the catalog changes (synonyms,
 * uploads, ingest), so a request sees one catalog from start to end.
 *
 * <p>A caller whose {@link DataScope} hides data gets a view of its own: the warehouse restricted to
 * the scope, a catalog built from the visible rows only (counts, values, relations) and answerers over
 * that view, built on the scope's first request and dropped with the catalog they derive from.
 */
final class CatalogState {
    private record Snapshot(Warehouse warehouse, Catalog catalog, QuestionAnswerer all, Map<String, QuestionAnswerer> byTable) {
    }

    private final Warehouse warehouse;
    private final AnswererFactory factory;
    private volatile Snapshot snapshot;
    private final Map<DataScope, Snapshot> scoped = new ConcurrentHashMap<>();

    CatalogState(Warehouse warehouse, AnswererFactory factory) {
        this.warehouse = warehouse;
        this.factory = factory;
        CatalogStore store = new CatalogStore(warehouse);
        Catalog catalog = store.latest().orElse(null);
        // A warehouse ingested before catalogs existed gets one on first use (as the CLI does).
        if (catalog == null && warehouse.exists(FactsTable.TABLE)) {
            catalog = new CatalogRefresh(warehouse).run();
        }
        this.snapshot = catalog == null ? null : snapshotOf(warehouse, catalog);
    }

    /** A fixed answerer and no warehouse: only questions can be asked. */
    CatalogState(QuestionAnswerer answerer) {
        this.warehouse = null;
        this.factory = null;
        this.snapshot = new Snapshot(null, null, answerer, Map.of());
    }

    boolean hasWarehouse() {
        return warehouse != null;
    }

    Warehouse warehouse() {
        if (warehouse == null) {
            throw noWarehouse();
        }
        return warehouse;
    }

    /** The warehouse as the caller may see it. */
    Warehouse warehouse(DataScope scope) {
        return scope.everything() ? warehouse() : warehouse().restrictedTo(scope.rows());
    }

    /** The whole catalog (admin work on the overrides; never shown to a restricted caller). */
    Catalog catalog() {
        Snapshot s = snapshot;
        if (s == null || s.catalog() == null) {
            throw noWarehouse();
        }
        return s.catalog();
    }

    /** The catalog as the caller may see it. */
    Catalog catalog(DataScope scope) {
        Snapshot s = snapshot(scope);
        if (s.catalog() == null) {
            throw noWarehouse();
        }
        return s.catalog();
    }

    QuestionAnswerer answerer(String table) {
        return answerer(null, table);
    }

    QuestionAnswerer answerer(DataScope scope, String table) {
        Snapshot s = snapshot(scope);
        if (table == null) {
            return s.all();
        }
        if (s.catalog() == null) {
            throw ApiError.badRequest("This server answers from one fixed table; leave out 'dataset'");
        }
        Catalog catalog = s.catalog();
        if (catalog.table(table).isEmpty()) {
            throw ApiError.badRequest("There is no dataset '" + table + "'; known: "
                    + String.join(", ", catalog.tables().stream().map(CatalogTable::name).toList()));
        }
        return s.byTable().computeIfAbsent(table, t -> factory.create(s.warehouse(), new Catalog(catalog.version(), catalog.builtAt(),
                // One table alone: no relations, so the question cannot wander into a join.
                List.of(catalog.table(t).orElseThrow()), List.of(), catalog.synonyms())));
    }

    /** Installs a catalog already saved to the store. */
    synchronized void install(Catalog catalog) {
        snapshot = snapshotOf(warehouse, catalog);
        scoped.clear();
    }

    /** Rebuilds the catalog from the warehouse (after new data) and installs it. */
    synchronized Catalog rebuild() {
        Catalog catalog = new CatalogRefresh(warehouse()).run();
        install(catalog);
        return catalog;
    }

    /** The whole snapshot for an unrestricted scope (or none: the question-only server); else the scope's own view. */
    private Snapshot snapshot(DataScope scope) {
        Snapshot whole = snapshot;
        if (whole == null) {
            throw noWarehouse();
        }
        if (scope == null || scope.everything() || whole.warehouse() == null) {
            return whole;
        }
        Snapshot view = scoped.get(scope);
        if (view == null) {
            Warehouse restricted = whole.warehouse().restrictedTo(scope.rows());
            view = snapshotOf(restricted, withoutHiddenSynonyms(new CatalogRefresh(restricted).build().catalog()));
            // Built outside a lock (it runs Spark jobs); a catalog installed meanwhile clears the map again.
            if (snapshot == whole) {
                scoped.putIfAbsent(scope, view);
            }
        }
        return view;
    }

    /**
     * The synonyms come from the whole catalog's saved words; keep only those about tables, measures,
     * dimensions and values the view holds, so a hidden dataset's name does not show through its synonyms.
     */
    static Catalog withoutHiddenSynonyms(Catalog view) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (CatalogTable t : view.tables()) {
            names.add(t.name());
            t.measures().forEach(m -> names.add(m.name()));
            t.dimensions().forEach(d -> names.add(d.name()));
        }
        Map<String, List<String>> kept = new java.util.TreeMap<>();
        view.synonyms().forEach((key, words) -> {
            boolean visible = key.startsWith(Catalog.VALUE_SYNONYM_PREFIX)
                    ? view.tables().stream().anyMatch(t -> key.startsWith(Catalog.VALUE_SYNONYM_PREFIX + t.name() + "."))
                    : names.contains(key);
            if (visible) {
                kept.put(key, words);
            }
        });
        return new Catalog(view.version(), view.builtAt(), view.tables(), view.relations(), kept);
    }

    private Snapshot snapshotOf(Warehouse over, Catalog catalog) {
        return new Snapshot(over, catalog, factory.create(over, catalog), new ConcurrentHashMap<>());
    }

    private static DarkroomException noWarehouse() {
        return new DarkroomException(ErrorCode.WAREHOUSE_EMPTY, "Cannot answer yet: the warehouse has no catalog;"
                + " ingest a folder (POST /api/jobs/ingest or 'darkroom ingest') or upload a dataset first");
    }
}
