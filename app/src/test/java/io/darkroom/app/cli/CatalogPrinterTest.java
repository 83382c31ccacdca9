package io.darkroom.app.cli;

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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogPrinterTest {
    private static final String CUSTOMERS = "datasets/customers";
    private static final String ORDERS = "datasets/orders";

    @Test
    void printsEachTablesMeasuresDimensionsValueWordsAndLinksReadably() {
        Catalog catalog = new Catalog(4, Instant.parse("2026-11-27T10:00:00Z"), List.of(
                new CatalogTable(CUSTOMERS, "customers", "/share/customers.csv", 1234, List.of(
                        new ColumnProfile("region", "region", ColumnType.STRING, 0, 7, null, null, List.of(
                                new ValueCount("EMEA", 700), new ValueCount("APAC", 300), new ValueCount("NA", 100),
                                new ValueCount("LATAM", 90), new ValueCount("MEA", 40), new ValueCount("ANZ", 4)))),
                        List.of(new Measure("customers__count", "number of customers", CUSTOMERS, Aggregation.COUNT, null, null, null,
                                        List.of("customers", "clients")),
                                new Measure("customers__total_revenue", "total revenue", CUSTOMERS, Aggregation.SUM, "revenue", null, "EUR",
                                        List.of("sales", "turnover", "income", "takings", "proceeds", "receipts", "gross"))),
                        List.of(new Dimension("region", "region", CUSTOMERS, "region", false, List.of("area")),
                                new Dimension("signed_on", "signed on", CUSTOMERS, "signed_on", true, List.of())))),
                List.of(new Relation(ORDERS, "cust_no", CUSTOMERS, "id", 0.95, 0.5, 0.77),
                        new Relation(CUSTOMERS, "company", "entities", "canonical", 0.967, 1.0, 0.967, "ORGANIZATION"),
                        new Relation(CUSTOMERS, "owner", "datasets/staff", "id", 0, 0, 1.0)),
                Map.of("value:datasets/customers.region=EMEA", List.of("europe"), CUSTOMERS, List.of("accounts")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CatalogPrinter.print(catalog, catalog.tables(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Catalog version 4, built 2026-11-27T10:00:00Z: 1 table(s), 3 relation(s)

                customers  (datasets/customers, 1,234 rows, from /share/customers.csv)
                  also: accounts
                  Measures
                    number of customers                count of rows   also: customers, clients
                    total revenue                      sum of revenue in EUR   also: sales, turnover, income, takings, proceeds, receipts, …
                  Dimensions
                    region                             EMEA (700), APAC (300), NA (100), LATAM (90), MEA (40), …   also: area
                    signed on                          by day, week, month, quarter or year
                  Words for values
                    region = EMEA   also: europe
                  Linked to
                    id = datasets/orders.cust_no   confidence 0.77 (values shared 95 %, name similarity 0.50)
                    company names organisations mentioned in the documents   confidence 0.97 (values shared 97 %, name similarity 1.00)
                    owner = datasets/staff.id   confidence 1.00 (declared in the overrides)
                """);
    }
}
