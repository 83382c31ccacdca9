package io.darkroom.core.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogStoreSparkTest {
    @TempDir
    Path dir;

    @Test
    void eachSaveIsANewVersionAndLatestReadsTheNewestBackWhole() {
        CatalogStore store = new CatalogStore(new Warehouse(SharedSpark.session(), dir.toUri().toString()));
        assertThat(store.latest()).isEmpty();
        Catalog first = store.save(sample("first"));
        Catalog second = store.save(sample("second"));
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        Catalog read = store.latest().orElseThrow();
        assertThat(read).isEqualTo(second);
        assertThat(read.table("facts").orElseThrow().measures().get(0).synonyms()).containsExactly("files");
    }

    @Test
    void requireWithoutACatalogTellsTheUserWhatToRun() {
        CatalogStore store = new CatalogStore(new Warehouse(SharedSpark.session(), dir.toUri().toString()));
        assertThatThrownBy(store::require).isInstanceOf(DarkroomException.class).hasMessageContaining("darkroom ingest");
    }

    private static Catalog sample(String label) {
        ColumnProfile type = new ColumnProfile("doc_type", "document type", ColumnType.STRING, 0.0, 2, null, null,
                List.of(new ValueCount("email", 10), new ValueCount("invoice", 4)));
        Measure docs = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null, List.of("files"));
        Dimension dim = new Dimension("doc_type", "document type", "facts", "doc_type", false, List.of("kind"));
        CatalogTable facts = new CatalogTable("facts", label, "documents", 14, List.of(type), List.of(docs), List.of(dim));
        return new Catalog(0, Instant.parse("2026-01-01T00:00:00Z"), List.of(facts),
                List.of(new Relation("facts", "doc_type", "datasets/x", "kind", 0.9, 0.5, 0.8)),
                Map.of("documents", List.of("docs")));
    }
}
