package io.darkroom.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The semantic layer: every table users can ask about, its measures, dimensions and value index,
 * the relations between tables, and the synonyms that map words to them. Built automatically,
 * versioned on every save, read by the question layer and the insights.
 *
 * @param version  1, 2, ... increasing with every save
 * @param synonyms extra words per measure/dimension/table name (user edits and the business vocabulary),
 *                 and per value under {@link #valueSynonymKey}
 */
public record Catalog(int version, Instant builtAt, List<CatalogTable> tables, List<Relation> relations,
                      Map<String, List<String>> synonyms) {
    /** Key prefix of value synonyms in {@link #synonyms()}. */
    public static final String VALUE_SYNONYM_PREFIX = "value:";

    public Catalog {
        Objects.requireNonNull(builtAt, "builtAt");
        tables = List.copyOf(tables);
        relations = List.copyOf(relations);
        Map<String, List<String>> copy = new TreeMap<>();
        synonyms.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        synonyms = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<CatalogTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Where the words for one value of one column are kept: {@code value:<table>.<column>=<value>}. */
    public static String valueSynonymKey(String table, String column, String value) {
        return VALUE_SYNONYM_PREFIX + table + "." + column + "=" + value;
    }

    /** The words users gave for one value ("Bavaria" for "Bayern"); empty when none. */
    public List<String> valueSynonyms(String table, String column, String value) {
        return synonyms.getOrDefault(valueSynonymKey(table, column, value), List.of());
    }

    public Catalog withVersion(int newVersion) {
        return new Catalog(newVersion, builtAt, tables, relations, synonyms);
    }
}
