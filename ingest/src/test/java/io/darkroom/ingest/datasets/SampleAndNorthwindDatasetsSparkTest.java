package io.darkroom.ingest.datasets;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.sample.SampleCorpus;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/** Datasets from the generated sample corpus and from the real Northwind CSV export. */
class SampleAndNorthwindDatasetsSparkTest {
    @TempDir
    Path home;
    @TempDir
    Path corpus;

    private static List<TableFile> tableFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(Path::toString).filter(DatasetExtractionStage::handles)
                    .sorted().map(p -> TableFile.under(root.toString(), p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** dataset -> column -> type, from the registry. */
    private static Map<String, Map<String, String>> registryTypes(Warehouse warehouse) {
        Map<String, Map<String, String>> types = new HashMap<>();
        for (Row row : warehouse.read(DatasetRegistryTable.TABLE).collectAsList()) {
            Map<String, String> columns = new HashMap<>();
            for (Row c : row.<Row>getList(row.fieldIndex(DatasetRegistryTable.COLUMNS))) {
                columns.put(c.getString(0), c.getString(2) + (c.isNullAt(3) ? "" : "/" + c.getString(3)));
            }
            types.put(row.getString(0), columns);
        }
        return types;
    }

    @Test
    void sampleSalesWorkbookSeriesCombinesEachSheetIntoADatasetWithNumericAndDateTypes() {
        SampleCorpus.generate(corpus, 200, 42);
        List<TableFile> files = tableFiles(corpus);
        long workbooks = files.stream().filter(f -> f.relativePath().startsWith("finance/sales/")).count();
        Warehouse warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());

        DatasetSummary summary = new DatasetExtractionStage().run(warehouse, files, "sample");

        assertThat(workbooks).isPositive();
        List<String> sales = summary.datasets().stream().filter(n -> n.startsWith("finance_sales_")).toList();
        // One workbook per period, three sheets each: each sheet of the series combines into one dataset (a sheet
        // whose columns differ in one file stays on its own), so far fewer datasets than sheets.
        assertThat(sales.size()).isBetween(3, (int) workbooks);
        assertThat(summary.failures()).isEmpty();
        Map<String, Map<String, String>> types = registryTypes(warehouse);
        assertThat(sales).anySatisfy(name -> assertThat(types.get(name)).containsEntry("source_file", "string"));
        for (String name : sales) {
            Map<String, String> columns = types.get(name);
            if (name.endsWith("__by_region")) {
                assertThat(columns).containsEntry("region", "string").containsEntry("invoices", "integer")
                        .containsEntry("net_revenue_eur", "amount/EUR").containsEntry("share_of_revenue_pct", "percent");
            } else if (name.endsWith("__by_product")) {
                assertThat(columns).containsEntry("product_code", "string").containsEntry("units", "integer")
                        .containsEntry("net_revenue_eur", "amount/EUR");
            } else {
                assertThat(name).endsWith("__summary");
                assertThat(columns).containsEntry("report_date", "date").containsEntry("invoices", "integer")
                        .containsEntry("net_revenue_eur", "amount/EUR").containsEntry("customers_invoiced", "integer");
            }
        }
        System.out.printf("sample: %d table files, %d sales workbooks, %d datasets (%d sales), %d rows, skipped %s%n",
                files.size(), workbooks, summary.datasets().size(), sales.size(), summary.rows(), summary.skipped());
    }

    @Test
    void northwindCsvsGetTheirRowCountsAndTypes() {
        Path northwind = Path.of(System.getProperty("darkroom.shared.data", "../shared/data"), "tabular-business", "northwind");
        Assumptions.assumeTrue(Files.isDirectory(northwind),
                "Northwind CSVs not found at " + northwind + " (set -Ddarkroom.shared.data); skipping");
        Warehouse warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());

        DatasetSummary summary = new DatasetExtractionStage().run(warehouse, tableFiles(northwind), "northwind");

        assertThat(summary.failures()).isEmpty();
        Map<String, Long> counts = new HashMap<>();
        warehouse.read(DatasetRegistryTable.TABLE).collectAsList()
                .forEach(r -> counts.put(r.getString(0), r.<Long>getAs(DatasetRegistryTable.ROW_COUNT)));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("categories", 8L), Map.entry("customers", 91L), Map.entry("employee_territories", 49L),
                Map.entry("employees", 9L), Map.entry("order_details", 2155L), Map.entry("orders", 830L),
                Map.entry("products", 77L), Map.entry("regions", 4L), Map.entry("shippers", 3L),
                Map.entry("suppliers", 29L), Map.entry("territories", 53L)));
        Map<String, Map<String, String>> types = registryTypes(warehouse);
        assertThat(types.get("orders")).containsEntry("order_date", "date").containsEntry("order_id", "integer")
                .containsEntry("customer_id", "string").containsEntry("freight", "decimal")
                .containsEntry("ship_postal_code", "string");
        assertThat(types.get("products")).containsEntry("unit_price", "decimal").containsEntry("units_in_stock", "integer");
        assertThat(types.get("order_details")).containsEntry("discount", "decimal");
        assertThat(types.get("employees")).containsEntry("birth_date", "date").containsEntry("hire_date", "date");
        assertThat(types.get("territories")).containsEntry("territory_id", "string");
        long shippedNulls = warehouse.read(new io.darkroom.core.warehouse.WarehouseTable("datasets/orders",
                new org.apache.spark.sql.types.StructType())).filter(col("shipped_date").isNull()).count();
        assertThat(shippedNulls).isEqualTo(21);
        System.out.printf("northwind: %d datasets, %d rows, types orders=%s products=%s%n",
                summary.datasets().size(), summary.rows(), types.get("orders"), types.get("products"));
    }
}
