package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.catalog.ValueCount;
import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The catalog of the real Northwind tables (../shared/data/tabular-business/northwind, MIT). */
class CatalogBuilderSparkTest {
    private static final Path NORTHWIND = Path.of(System.getProperty("darkroom.shared.data", "../../shared/data"))
            .resolve("tabular-business/northwind");
    private static Catalog catalog;

    @BeforeAll
    static void build() {
        assumeTrue(Files.isDirectory(NORTHWIND), "Northwind CSVs not found at " + NORTHWIND + "; skipping");
        List<TableSource> sources = new ArrayList<>();
        for (String t : List.of("orders", "order_details", "customers", "products", "employees", "categories", "suppliers")) {
            Dataset<Row> rows = SharedSpark.session().read().option("header", "true").option("inferSchema", "true")
                    .option("nullValue", "NULL").csv(NORTHWIND.resolve(t + ".csv").toString());
            sources.add(new TableSource("datasets/northwind_" + t, Labels.of(t), NORTHWIND.resolve(t + ".csv").toString(), rows));
        }
        catalog = new CatalogBuilder(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .build(sources, Map.of("datasets/northwind_orders", List.of("sales orders")));
    }

    @Test
    void discoversTheForeignKeysOfNorthwindFromValuesAndNames() {
        assertThat(catalog.relations()).extracting(r -> r.fromTable() + "." + r.fromColumn() + " -> " + r.toTable() + "." + r.toColumn())
                .contains(
                        "datasets/northwind_orders.customerID -> datasets/northwind_customers.customerID",
                        "datasets/northwind_order_details.productID -> datasets/northwind_products.productID",
                        "datasets/northwind_orders.employeeID -> datasets/northwind_employees.employeeID",
                        "datasets/northwind_products.categoryID -> datasets/northwind_categories.categoryID",
                        "datasets/northwind_products.supplierID -> datasets/northwind_suppliers.supplierID",
                        "datasets/northwind_order_details.orderID -> datasets/northwind_orders.orderID");
        assertThat(catalog.relations()).allSatisfy(r -> assertThat(r.confidence()).isBetween(0.6, 1.0));
        // Quantities and stock levels overlap as numbers but are not keys.
        assertThat(catalog.relations()).noneMatch(r -> r.fromColumn().equals("quantity") || r.toColumn().equals("quantity"));
    }

    @Test
    void numbersThatAreNotKeysBecomeSumAndAverageMeasures() {
        CatalogTable details = table("datasets/northwind_order_details");
        assertThat(details.rowCount()).isEqualTo(2155);
        assertThat(details.measures()).extracting(Measure::name).contains(
                "northwind_order_details__count", "northwind_order_details__total_quantity",
                "northwind_order_details__average_unitPrice");
        assertThat(details.measures()).noneMatch(m -> m.aggregation() == Aggregation.SUM
                && (m.column().equals("orderID") || m.column().equals("productID")));
    }

    @Test
    void lowCardinalityTextAndDatesBecomeDimensionsWithAValueIndex() {
        CatalogTable customers = table("datasets/northwind_customers");
        assertThat(customers.dimensions()).extracting(Dimension::column).contains("country", "city").doesNotContain("companyName", "phone");
        ColumnProfile country = customers.columns().stream().filter(c -> c.name().equals("country")).findFirst().orElseThrow();
        assertThat(country.topValues()).extracting(ValueCount::value).contains("Germany", "USA", "France");
        assertThat(country.topValues().get(0)).isEqualTo(new ValueCount("USA", 13));
        CatalogTable orders = table("datasets/northwind_orders");
        assertThat(orders.dimensions()).filteredOn(Dimension::time).extracting(Dimension::column).contains("orderDate");
        assertThat(orders.measures()).extracting(Measure::label).contains("total freight");
        assertThat(orders.measures().stream().filter(m -> m.label().equals("total freight")).findFirst().orElseThrow().synonyms())
                .contains("shipping", "delivery");
    }

    @Test
    void keepsTheUsersSynonyms() {
        assertThat(catalog.synonyms()).containsEntry("datasets/northwind_orders", List.of("sales orders"));
        assertThat(catalog.builtAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static CatalogTable table(String name) {
        return catalog.table(name).orElseThrow();
    }

    static List<Relation> relations() {
        return catalog.relations();
    }
}
