package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the semantic layer from the warehouse's tables: profiles each one, derives measures and
 * dimensions, discovers relations between tables, and drops "measures" on join keys (summing
 * customer ids is never what anyone meant).
 */
public final class CatalogBuilder {
    private final ColumnProfiler profiler = new ColumnProfiler();
    private final SemanticRules rules = new SemanticRules();
    private final RelationDiscovery relations = new RelationDiscovery();
    private final EntityRelationDiscovery entityRelations = new EntityRelationDiscovery();
    private final Clock clock;

    public CatalogBuilder(Clock clock) {
        this.clock = clock;
    }

    public CatalogBuilder() {
        this(Clock.systemUTC());
    }

    /** @param userSynonyms synonyms users added (kept across rebuilds), by measure/dimension/table name */
    public Catalog build(List<TableSource> sources, Map<String, List<String>> userSynonyms) {
        return build(sources, userSynonyms, EntityNames.none());
    }

    /**
     * @param userSynonyms synonyms users added (kept across rebuilds), by measure/dimension/table name
     * @param entities     canonical names the documents mention, for relations of dataset columns to entities
     */
    public Catalog build(List<TableSource> sources, Map<String, List<String>> userSynonyms, EntityNames entities) {
        List<CatalogTable> tables = new ArrayList<>();
        List<RelationDiscovery.Candidate> candidates = new ArrayList<>();
        for (TableSource source : sources) {
            var rows = source.rows().cache();
            try {
                long count = rows.count();
                List<ColumnProfile> columns = profiler.profile(rows, count, source.columnLabels());
                tables.add(new CatalogTable(source.name(), source.label(), source.source(), count, columns,
                        rules.measures(source.name(), source.label(), count, columns, source.currencies()),
                        rules.dimensions(source.name(), count, columns)));
                candidates.addAll(relations.candidates(source.name(), source.label(), rows, count, columns));
            } finally {
                rows.unpersist();
            }
        }
        List<Relation> found = relations.discover(candidates);
        // Entity links are not keys: a company column mentioned in mails still has its own measures.
        List<Relation> all = new ArrayList<>(found);
        all.addAll(entityRelations.discover(candidates, entities));
        return new Catalog(0, clock.instant(), withoutKeyMeasures(tables, found), all, userSynonyms);
    }

    private static List<CatalogTable> withoutKeyMeasures(List<CatalogTable> tables, List<Relation> relations) {
        Set<String> keys = new HashSet<>();
        for (Relation r : relations) {
            keys.add(r.fromTable() + "." + r.fromColumn());
            keys.add(r.toTable() + "." + r.toColumn());
        }
        List<CatalogTable> out = new ArrayList<>(tables.size());
        for (CatalogTable t : tables) {
            List<Measure> measures = t.measures().stream()
                    .filter(m -> m.column() == null || !keys.contains(t.name() + "." + m.column())
                            || m.aggregation() == io.darkroom.core.catalog.Aggregation.DISTINCT_COUNT)
                    .toList();
            List<Dimension> dimensions = t.dimensions();
            out.add(new CatalogTable(t.name(), t.label(), t.source(), t.rowCount(), t.columns(), measures, dimensions));
        }
        return out;
    }
}
