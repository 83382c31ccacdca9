package io.darkroom.analytics.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.catalog.ValueCount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging overrides into a hand-built catalog (the records, no Spark). */
class OverridesMergeTest {
    private static final String ORDERS = "datasets/orders";
    private static final String CUSTOMERS = "datasets/customers";

    private static final Catalog CATALOG = new Catalog(3, Instant.parse("2026-01-01T00:00:00Z"), List.of(
            new CatalogTable(ORDERS, "orders", "orders.csv", 100, List.of(
                    column("cust_no", ColumnType.STRING), column("freight", ColumnType.DECIMAL), column("ship_country", ColumnType.STRING)),
                    List.of(new Measure("orders__count", "number of orders", ORDERS, Aggregation.COUNT, null, null, null, List.of("orders")),
                            new Measure("orders__total_freight", "total freight", ORDERS, Aggregation.SUM, "freight", null, null, List.of("shipping")),
                            new Measure("orders__average_freight", "average freight", ORDERS, Aggregation.AVERAGE, "freight", null, null, List.of())),
                    List.of(new Dimension("ship_country", "ship country", ORDERS, "ship_country", false, List.of()))),
            new CatalogTable(CUSTOMERS, "customers", "customers.csv", 20, List.of(
                    column("id", ColumnType.STRING), column("phone", ColumnType.STRING), column("region", ColumnType.STRING)),
                    List.of(new Measure("customers__count", "number of customers", CUSTOMERS, Aggregation.COUNT, null, null, null, List.of("customers")),
                            new Measure("customers__distinct_phone", "number of distinct phone", CUSTOMERS, Aggregation.DISTINCT_COUNT, "phone", null, null, List.of())),
                    List.of(new Dimension("phone", "phone", CUSTOMERS, "phone", false, List.of()),
                            new Dimension("region", "region", CUSTOMERS, "region", false, List.of())))),
            List.of(new Relation(ORDERS, "cust_no", CUSTOMERS, "id", 0.9, 0.2, 0.62),
                    new Relation(CUSTOMERS, "phone", ORDERS, "cust_no", 0.7, 0.0, 0.61)),
            Map.of(ORDERS, List.of("sales orders")));

    @Test
    void synonymsAndLabelsLandOnTheElementsTheQuestionLayerMatches() {
        CatalogOverrides o = CatalogOverrides.parse("o.yaml", """
                tables:
                  customers: {label: clients, synonyms: [accounts]}
                measures:
                  orders__total_freight: {label: shipping cost, synonyms: [postage]}
                dimensions:
                  orders.ship_country: {synonyms: [destination]}
                values:
                  customers.region: {EMEA: [europe]}
                """);

        Catalog merged = new OverridesMerge().apply(CATALOG, o).orThrow(o);

        CatalogTable customers = merged.table(CUSTOMERS).orElseThrow();
        assertThat(customers.label()).isEqualTo("clients");
        assertThat(customers.measures().get(0).synonyms()).containsExactly("customers", "clients", "accounts");
        Measure freight = merged.table(ORDERS).orElseThrow().measures().get(1);
        assertThat(freight.label()).isEqualTo("shipping cost");
        assertThat(freight.synonyms()).containsExactly("shipping", "postage");
        assertThat(merged.table(ORDERS).orElseThrow().dimensions().get(0).synonyms()).containsExactly("destination");
        assertThat(merged.synonyms()).containsEntry("value:datasets/customers.region=EMEA", List.of("europe"))
                .containsEntry(ORDERS, List.of("sales orders"));
        assertThat(merged.version()).isEqualTo(3);
    }

    @Test
    void aHiddenColumnLeavesNoMeasureDimensionValueOrJoinBehind() {
        CatalogOverrides o = CatalogOverrides.parse("o.yaml", "columns:\n  customers.phone: {hidden: true}\n");

        Catalog merged = new OverridesMerge().apply(CATALOG, o).orThrow(o);

        CatalogTable customers = merged.table(CUSTOMERS).orElseThrow();
        assertThat(customers.columns()).extracting(ColumnProfile::name).containsExactly("id", "region");
        assertThat(customers.measures()).extracting(Measure::name).containsExactly("customers__count");
        assertThat(customers.dimensions()).extracting(Dimension::name).containsExactly("region");
        assertThat(merged.relations()).extracting(Relation::fromColumn).containsExactly("cust_no");
    }

    @Test
    void aDeclaredRelationReplacesTheDiscoveredOneForTheSameColumns() {
        CatalogOverrides o = CatalogOverrides.parse("o.yaml", "relations:\n  - {from: customers.id, to: orders.cust_no}\n");

        Catalog merged = new OverridesMerge().apply(CATALOG, o).orThrow(o);

        assertThat(merged.relations()).containsExactly(new Relation(CUSTOMERS, "id", ORDERS, "cust_no", 0, 0, 1.0),
                new Relation(CUSTOMERS, "phone", ORDERS, "cust_no", 0.7, 0.0, 0.61));
    }

    @Test
    void aMisspeltMeasureIsReportedWithItsLineAndTheNearestNamesWhileTheOtherEditsStillApply() {
        String yaml = """
                # my words
                tables:
                  customers: {synonyms: [accounts]}

                measures:
                  orders__total_freight: {synonyms: [postage]}
                  orders__totl_fright: {synonyms: [carriage]}
                """;
        CatalogOverrides o = CatalogOverrides.parse("home/catalog-overrides.yaml", yaml);

        OverridesMerge.Result result = new OverridesMerge().apply(CATALOG, o);

        assertThat(result.problems()).containsExactly("line 7: unknown measure 'orders__totl_fright'; known measures: "
                + "orders__total_freight, orders__average_freight, orders__count, customers__count, customers__distinct_phone");
        assertThat(result.catalog().table(ORDERS).orElseThrow().measures().get(1).synonyms()).containsExactly("shipping", "postage");
        assertThat(result.catalog().table(CUSTOMERS).orElseThrow().measures().get(0).synonyms()).contains("accounts");
        assertThatThrownBy(() -> result.orThrow(o)).isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot read catalog overrides home/catalog-overrides.yaml: line 7: unknown measure 'orders__totl_fright';"
                        + " known measures: orders__total_freight, orders__average_freight, orders__count, customers__count,"
                        + " customers__distinct_phone");
    }

    @Test
    void unknownTablesAndColumnsNameWhatExists() {
        CatalogOverrides o = CatalogOverrides.parse("o.yaml", """
                dimensions:
                  orders.ship_contry: {synonyms: [destination]}
                columns:
                  custmers.phone: {hidden: true}
                relations:
                  - {from: orders.customer, to: customers.id}
                """);

        assertThat(new OverridesMerge().apply(CATALOG, o).problems()).containsExactly(
                "line 2: unknown dimension 'ship_contry' in table datasets/orders; known dimensions: ship_country",
                "line 4: unknown table 'custmers'; known tables: customers, orders",
                "line 6: unknown column 'customer' in table datasets/orders; known columns: cust_no, freight, ship_country");
    }

    private static ColumnProfile column(String name, ColumnType type) {
        return new ColumnProfile(name, Labels.of(name), type, 0, 10, null, null,
                type == ColumnType.STRING ? List.of(new ValueCount(name + "-a", 5)) : List.of());
    }
}
