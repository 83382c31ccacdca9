package io.darkroom.ingest.imports;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * JDBC import against the real PostgreSQL server that {@code .ci/test-services.sh} starts on
 * 127.0.0.1 (DARKROOM_TEST_JDBC_URL); skipped with a message when no server is configured.
 */
class PostgresImportSparkTest {
    private static final String URL = System.getenv("DARKROOM_TEST_JDBC_URL");

    @TempDir
    Path dir;

    @Test
    void importsAPostgresTableAsATypedDataset() throws Exception {
        assumeTrue(URL != null, "DARKROOM_TEST_JDBC_URL is not set; run eval \"$(.ci/test-services.sh)\" to test against PostgreSQL");
        JdbcImportChecks.createOrders(URL, "darkroom_import_orders");
        JdbcImportChecks.importsTheTableWithItsTypesAndRegistersIt(
                new Warehouse(SharedSpark.session(), dir.toUri().toString()), URL, "darkroom_import_orders");
    }

    @Test
    void aMissingTableIsAUserErrorThatHidesThePassword() {
        assumeTrue(URL != null, "DARKROOM_TEST_JDBC_URL is not set; run eval \"$(.ci/test-services.sh)\" to test against PostgreSQL");
        Warehouse warehouse = new Warehouse(SharedSpark.session(), dir.toUri().toString());
        assertThatThrownBy(() -> new StructuredImport(warehouse).importJdbc(new JdbcSource(URL, "no_such_table", null, null), null, "r"))
                .isInstanceOf(DarkroomException.class)
                .hasMessageContaining("no_such_table")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("password=darkroom"));
    }

    @Test
    void tableNamesThatAreNotPlainIdentifiersAreRefused() {
        assertThatThrownBy(() -> new JdbcSource("jdbc:postgresql://127.0.0.1/x", "orders; DROP TABLE x", null, null))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("plain name");
    }
}
