package io.darkroom.analytics.catalog;

import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Row;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The canonical names of the named things the documents mention, by mention type: what dataset
 * columns are compared with to find "which documents speak of this customer".
 *
 * @param byType distinct canonical names (as enrichment folded them) per type
 */
public record EntityNames(Map<String, Set<String>> byType) {
    /** Types whose canonical names are names of things a dataset can list (not amounts or dates). */
    static final List<String> NAMED_TYPES = List.of("ORGANIZATION", "PERSON", "LOCATION");
    /** Cap per type (on average): a corpus naming more distinct things is compared on a part of them. */
    static final int MAX_NAMES = 200_000;

    public EntityNames {
        Map<String, Set<String>> copy = new HashMap<>();
        byType.forEach((type, names) -> copy.put(type, Set.copyOf(names)));
        byType = Map.copyOf(copy);
    }

    public static EntityNames none() {
        return new EntityNames(Map.of());
    }

    public static EntityNames of(Warehouse warehouse) {
        if (!warehouse.exists(EntitiesTable.TABLE)) {
            return none();
        }
        // One pass over the mentions for all types; the cap bounds what the driver holds for a huge corpus.
        Map<String, Set<String>> out = new HashMap<>();
        for (Row r : warehouse.read(EntitiesTable.TABLE)
                .where(col(EntitiesTable.TYPE).isin(NAMED_TYPES.toArray()).and(col(EntitiesTable.CANONICAL).isNotNull()))
                .select(EntitiesTable.TYPE, EntitiesTable.CANONICAL).distinct()
                .limit(MAX_NAMES * NAMED_TYPES.size()).collectAsList()) {
            out.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
        }
        return new EntityNames(out);
    }

    public Set<String> names(String type) {
        return byType.getOrDefault(type, Set.of());
    }
}
