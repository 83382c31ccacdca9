package io.darkroom.ingest.imports;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Path;

/** The same JDBC import against a PostgreSQL container; skipped cleanly where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PostgresContainerImportSparkTest {
    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:16-alpine");

    @TempDir
    Path dir;

    @Test
    void importsAPostgresTableAsATypedDataset() throws Exception {
        String url = POSTGRES.getJdbcUrl() + (POSTGRES.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + POSTGRES.getUsername() + "&password=" + POSTGRES.getPassword();
        JdbcImportChecks.createOrders(url, "darkroom_import_orders");
        JdbcImportChecks.importsTheTableWithItsTypesAndRegistersIt(
                new Warehouse(SharedSpark.session(), dir.toUri().toString()), url, "darkroom_import_orders");
    }
}
