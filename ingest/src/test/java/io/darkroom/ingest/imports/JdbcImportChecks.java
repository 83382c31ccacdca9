package io.darkroom.ingest.imports;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC import behaviour, checked the same way against any real PostgreSQL server. */
final class JdbcImportChecks {
    private JdbcImportChecks() {
    }

    static void createOrders(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (\"OrderID\" integer primary key, customer text, order_date date,"
                    + " amount numeric(12,2), paid boolean)");
            s.execute("INSERT INTO " + table + " VALUES (1, 'Acme', '2024-01-05', 120.50, true),"
                    + " (2, 'Globex', '2024-02-10', 99.99, false), (3, 'Acme', '2024-03-15', 1000.00, null)");
        }
    }

    static void importsTheTableWithItsTypesAndRegistersIt(Warehouse warehouse, String url, String table) {
        ImportSummary summary = new StructuredImport(warehouse).importJdbc(new JdbcSource(url, table, null, null), "crm_orders", "run-1");
        assertThat(summary.datasets()).containsExactly("crm_orders");
        assertThat(summary.rows()).isEqualTo(3);
        List<Row> rows = warehouse.read(new WarehouseTable("datasets/crm_orders", new StructType()))
                .orderBy("order_id").collectAsList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).<String>getAs("customer")).isEqualTo("Acme");
        assertThat(rows.get(2).<java.math.BigDecimal>getAs("amount")).isEqualByComparingTo("1000.00");
        Row entry = warehouse.read(DatasetRegistryTable.TABLE).where("dataset = 'crm_orders'").first();
        assertThat(entry.<String>getAs(DatasetRegistryTable.SOURCE_FORMAT)).isEqualTo("jdbc");
        assertThat(entry.<String>getAs(DatasetRegistryTable.SOURCE_PATH)).doesNotContain("password=darkroom").contains(table);
        Map<String, String> types = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Row c : entry.<Row>getList(entry.fieldIndex(DatasetRegistryTable.COLUMNS))) {
            types.put(c.getAs("name"), c.getAs("type"));
            labels.put(c.getAs("name"), c.getAs("label"));
        }
        assertThat(types).containsEntry("order_id", "integer").containsEntry("customer", "string")
                .containsEntry("order_date", "date").containsEntry("amount", "decimal").containsEntry("paid", "boolean");
        assertThat(labels).containsEntry("order_id", "OrderID");
        // Re-importing replaces, never duplicates.
        new StructuredImport(warehouse).importJdbc(new JdbcSource(url, table, null, null), "crm_orders", "run-2");
        assertThat(warehouse.read(new WarehouseTable("datasets/crm_orders", new StructType())).count()).isEqualTo(3);
        assertThat(warehouse.read(DatasetRegistryTable.TABLE).where("dataset = 'crm_orders'").count()).isEqualTo(1);
    }
}
