package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.ValueCount;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Words a user gave for a value in the catalog overrides find that value, even when the value is a code. */
class ValueSynonymsTest {
    private static final String STORES = "datasets/stores";
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new PlainTokens(), LocalDate.of(2024, 6, 30));

    private List<String> values(Catalog catalog, String question) {
        Resolution r = new CatalogResolver(new CatalogIndex(catalog)).resolve(analyzer.analyze(question));
        return r.matches().stream().flatMap(m -> m.targetsOf(Target.ValueTarget.class).stream())
                .map(v -> v.column() + "=" + v.value()).toList();
    }

    @Test
    void aUsersWordForAValueFindsIt() {
        Catalog withWords = catalog(Map.of(Catalog.valueSynonymKey(STORES, "state", "Bayern"), List.of("Bavaria")));
        assertThat(values(catalog(Map.of()), "sales in bavaria")).isEmpty();
        assertThat(values(withWords, "sales in bavaria")).containsExactly("state=Bayern");
    }

    @Test
    void aUsersWordForACodedValueFindsItThoughTheCodeItselfIsNeverMatched() {
        Catalog withWords = catalog(Map.of(Catalog.valueSynonymKey(STORES, "region_code", "7"), List.of("north coast")));
        assertThat(values(withWords, "sales in the north coast")).containsExactly("region_code=7");
        assertThat(values(withWords, "sales in 7")).doesNotContain("region_code=7");
    }

    private static Catalog catalog(Map<String, List<String>> synonyms) {
        CatalogTable stores = new CatalogTable(STORES, "stores", "stores.csv", 3, List.of(
                new ColumnProfile("state", "state", ColumnType.STRING, 0, 2, null, null,
                        List.of(new ValueCount("Bayern", 2), new ValueCount("Hessen", 1))),
                new ColumnProfile("region_code", "region code", ColumnType.STRING, 0, 2, null, null,
                        List.of(new ValueCount("7", 2), new ValueCount("9", 1))),
                new ColumnProfile("sales", "sales", ColumnType.DECIMAL, 0, 3, "10", "30", List.of())),
                List.of(new Measure("stores__count", "number of stores", STORES, Aggregation.COUNT, null, null, null, List.of("stores")),
                        new Measure("stores__total_sales", "total sales", STORES, Aggregation.SUM, "sales", null, null, List.of())),
                List.of());
        return new Catalog(1, Instant.parse("2024-07-01T00:00:00Z"), List.of(stores), List.of(), synonyms);
    }
}
