package io.darkroom.app.server;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogStateTest {
    @Test
    void aRestrictedViewKeepsOnlySynonymsOfWhatItHolds() {
        Measure documents = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null, List.of());
        CatalogTable facts = new CatalogTable("facts", "documents", "documents", 4, List.of(), List.of(documents), List.of());
        Catalog view = new Catalog(3, Instant.EPOCH, List.of(facts), List.of(), Map.of(
                "value:facts.doc_type=invoice", List.of("bill"),
                "value:datasets/payroll.name=Ann", List.of("annie"),
                "documents", List.of("papers"),
                "total_salary", List.of("pay")));
        assertThat(CatalogState.withoutHiddenSynonyms(view).synonyms())
                .containsOnlyKeys("value:facts.doc_type=invoice", "documents");
    }
}
