package io.darkroom.ingest.datasets;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DatasetName;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/** The stage on Spark: datasets and registry written, re-runs replace in place with stable names. */
class DatasetExtractionSparkTest {
    @TempDir
    Path share;
    @TempDir
    Path home;

    private Warehouse warehouse;

    @BeforeEach
    void setUp() {
        warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());
    }

    private List<TableFile> files(String... relatives) {
        return java.util.Arrays.stream(relatives)
                .map(r -> TableFile.under(share.toString(), share.resolve(r).toString())).toList();
    }

    static Dataset<Row> dataset(Warehouse warehouse, String name) {
        return warehouse.read(new WarehouseTable(DatasetName.FOLDER + "/" + name, new StructType()));
    }

    @Test
    void everyTableBecomesADeltaDatasetAndARegistryRow() {
        TableFiles.write(share, "finance/orders.xlsx", TableFiles.workbook());
        TableFiles.write(share, "crm/customers.csv", TableFiles.utf8BomCsv());
        TableFiles.write(share, "web/report.html", TableFiles.html());
        TableFiles.write(share, "broken.xls", "garbage".getBytes());
        TableFiles.write(share, "notes.txt", "not a table".getBytes());

        DatasetSummary summary = new DatasetExtractionStage().run(warehouse,
                files("finance/orders.xlsx", "crm/customers.csv", "web/report.html", "broken.xls", "notes.txt"), "run-1");

        assertThat(summary.files()).isEqualTo(4);
        assertThat(summary.datasets()).containsExactlyInAnyOrder("finance_orders__orders", "finance_orders__quarterly",
                "crm_customers", "web_report__table_3", "web_report__table_4");
        assertThat(summary.failures()).extracting(TableOutcome.Failed::path).containsExactly(share.resolve("broken.xls").toString());
        assertThat(summary.skipped()).containsEntry("too small", 1L);

        Dataset<Row> orders = dataset(warehouse, "finance_orders__orders");
        assertThat(orders.count()).isEqualTo(6);
        assertThat(orders.schema().apply("order_date").dataType().typeName()).isEqualTo("date");
        assertThat(orders.agg(org.apache.spark.sql.functions.sum("amount")).first().getDecimal(0))
                .isEqualByComparingTo(new BigDecimal("9753.00"));

        Row registry = warehouse.read(DatasetRegistryTable.TABLE)
                .filter(col(DatasetRegistryTable.DATASET).equalTo("finance_orders__orders")).first();
        assertThat(registry.<String>getAs(DatasetRegistryTable.TABLE_NAME)).isEqualTo("datasets/finance_orders__orders");
        assertThat(registry.<String>getAs(DatasetRegistryTable.SOURCE_TABLE)).isEqualTo("Orders");
        assertThat(registry.<Long>getAs(DatasetRegistryTable.ROW_COUNT)).isEqualTo(6L);
        assertThat(registry.<Integer>getAs(DatasetRegistryTable.HEADER_ROW)).isEqualTo(2);
        List<Row> columns = registry.getList(registry.fieldIndex(DatasetRegistryTable.COLUMNS));
        assertThat(columns).extracting(c -> c.getString(0) + ":" + c.getString(2) + ":" + c.getString(3))
                .contains("order_date:date:null", "amount:amount:EUR", "paid:boolean:null");
        assertThat(registry.<String>getAs(DatasetRegistryTable.RUN_ID)).isEqualTo("run-1");
    }

    @Test
    void reExtractionReplacesTablesKeepsNamesAndDropsVanishedSheets() {
        TableFiles.write(share, "a-b.csv", "x,y\n1,2\n3,4\n".getBytes());
        TableFiles.write(share, "finance/orders.xlsx", TableFiles.workbook());
        DatasetExtractionStage stage = new DatasetExtractionStage();
        stage.run(warehouse, files("a-b.csv", "finance/orders.xlsx"), "run-1");

        // a second file folding to the same name gets a suffix; the first keeps its name
        TableFiles.write(share, "a_b.csv", "x,y\n5,6\n".getBytes());
        TableFiles.write(share, "a-b.csv", "x,y\n1,2\n3,4\n5,6\n".getBytes());
        TableFiles.write(share, "finance/orders.xlsx", TableFiles.utf8BomCsv()); // now unreadable as xlsx
        DatasetSummary second = stage.run(warehouse, files("a_b.csv", "a-b.csv"), "run-2");

        assertThat(second.datasets()).contains("a_b").anyMatch(n -> n.startsWith("a_b__"));
        assertThat(dataset(warehouse, "a_b").count()).isEqualTo(3);
        assertThat(warehouse.delta(new WarehouseTable("datasets/a_b", new StructType())).history().count()).isEqualTo(2);
        Map<String, String> registry = warehouse.read(DatasetRegistryTable.TABLE).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(2)));
        assertThat(registry).containsEntry("a_b", share.resolve("a-b.csv").toString()).hasSize(4);

        DatasetSummary third = stage.run(warehouse, files("a_b.csv", "a-b.csv"), "run-3");
        assertThat(third.datasets()).containsExactlyInAnyOrderElementsOf(second.datasets());
    }

    @Test
    void numberedTablesStaySeparateWhileSeriesWhoseColumnsChangedBecomeTwoSeries() {
        // Unrelated tables that share their columns and differ only in a numeric id (a folder of Wikipedia tables).
        TableFiles.write(share, "wiki/590.csv", "Year,Title\n2001,Alpha\n2002,Beta\n".getBytes());
        TableFiles.write(share, "wiki/591.csv", "Year,Title\n1999,Gamma\n".getBytes());
        // One monthly report whose columns grew in 2025: two families behind one masked path.
        TableFiles.write(share, "sales/sales-2024-01.csv", "region,amount\nEast,10\nWest,20\n".getBytes());
        TableFiles.write(share, "sales/sales-2024-02.csv", "region,amount\nEast,30\n".getBytes());
        TableFiles.write(share, "sales/sales-2025-01.csv", "region,amount,channel\nEast,40,web\n".getBytes());
        TableFiles.write(share, "sales/sales-2025-02.csv", "region,amount,channel\nWest,50,shop\nEast,60,web\n".getBytes());

        DatasetSummary summary = new DatasetExtractionStage().run(warehouse, files("wiki/590.csv", "wiki/591.csv",
                "sales/sales-2024-01.csv", "sales/sales-2024-02.csv", "sales/sales-2025-01.csv", "sales/sales-2025-02.csv"), "run-1");

        assertThat(summary.failures()).isEmpty();
        assertThat(summary.datasets()).contains("wiki_590", "wiki_591").hasSize(4);
        assertThat(dataset(warehouse, "wiki_590").count()).isEqualTo(2);
        assertThat(dataset(warehouse, "wiki_591").count()).isEqualTo(1);
        List<String> series = summary.datasets().stream().filter(n -> n.startsWith("sales")).toList();
        assertThat(series).hasSize(2);
        Map<Integer, Long> rowsByWidth = series.stream().map(n -> dataset(warehouse, n))
                .collect(Collectors.toMap(d -> d.columns().length, Dataset::count));
        // region, amount (+ channel) and the source_file column the series adds
        assertThat(rowsByWidth).containsEntry(3, 3L).containsEntry(4, 3L);
        assertThat(summary.rows()).isEqualTo(9);
    }
}
