package io.darkroom.app.cli;

import io.darkroom.app.Darkroom;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.TableRowFixture;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 'darkroom sql' over a small warehouse written with the production schemas. */
class SqlCommandSparkTest {
    @TempDir
    static Path home;

    @BeforeAll
    static void writeWarehouse() {
        SparkSession spark = SharedSpark.session();
        Warehouse warehouse = new Warehouse(spark, new DarkroomConfig(home.toString(), "local[2]"));
        // Three invoices, two emails; one invoice's path holds a comma (CSV must quote it).
        List<Row> facts = List.of(fact("d1", "invoice", "/share/a.pdf"), fact("d2", "invoice", "/share/b, final.pdf"),
                fact("d3", "invoice", "/share/c.pdf"), fact("d4", "email", "/share/d.eml"), fact("d5", "email", "/share/e.eml"));
        warehouse.replace(FactsTable.TABLE, spark.createDataFrame(facts, FactsTable.TABLE.schema()));

        StructType salesSchema = new StructType().add("region", DataTypes.StringType).add("amount", DataTypes.DoubleType);
        WarehouseTable sales = new WarehouseTable("datasets/team_sales", salesSchema);
        warehouse.replace(sales, spark.createDataFrame(List.of(RowFactory.create("north", 10.5),
                RowFactory.create("south", 4.0), RowFactory.create("north", 2.0)), salesSchema));
        Row registry = TableRowFixture.row(DatasetRegistryTable.TABLE.schema(), DatasetRegistryTable.DATASET, "team_sales",
                DatasetRegistryTable.TABLE_NAME, "datasets/team_sales", DatasetRegistryTable.COLUMNS, List.of(),
                DatasetRegistryTable.EXTRACTED_AT, Timestamp.valueOf("2026-11-28 00:00:00"));
        warehouse.replace(DatasetRegistryTable.TABLE, spark.createDataFrame(List.of(registry), DatasetRegistryTable.TABLE.schema()));
    }

    private static Row fact(String id, String type, String path) {
        return TableRowFixture.row(FactsTable.TABLE.schema(), FactsTable.DOC_ID, id, FactsTable.FILE_PATH, path,
                FactsTable.DOC_TYPE, type);
    }

    private static ConsoleCapture sql(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "sql";
        all[1] = "--home";
        all[2] = home.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return ConsoleCapture.run(() -> Darkroom.run(all));
    }

    @Test
    void countsFactsByDocumentTypeAsCsvWithAHeader() {
        ConsoleCapture run = sql("SELECT doc_type, count(*) AS n FROM facts GROUP BY doc_type ORDER BY doc_type", "--csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("doc_type,n", "email,2", "invoice,3");
    }

    @Test
    void csvQuotesAPathHoldingACommaSoThatTheRowKeepsItsColumns() {
        ConsoleCapture run = sql("SELECT doc_id, file_path FROM facts WHERE doc_id = 'd2'", "--csv");
        assertThat(run.out().lines()).containsExactly("doc_id,file_path", "d2,\"/share/b, final.pdf\"");
    }

    @Test
    void aDatasetIsAViewUnderItsOwnNameAndTheRegistryIsTheDatasetsView() {
        ConsoleCapture run = sql("SELECT d.dataset, sum(s.amount) AS total FROM datasets d CROSS JOIN team_sales s"
                + " WHERE s.region = 'north' GROUP BY d.dataset", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // north: 10.5 + 2.0
        assertThat(run.out().lines()).containsExactly("{\"dataset\":\"team_sales\",\"total\":12.5}");
    }

    @Test
    void theLimitCutsTheRowsAndSaysSoOnStderr() {
        ConsoleCapture run = sql("SELECT doc_id FROM facts ORDER BY doc_id", "--json", "--limit", "2");
        assertThat(run.out().lines()).containsExactly("{\"doc_id\":\"d1\"}", "{\"doc_id\":\"d2\"}");
        assertThat(run.err()).contains("showing the first 2 rows; raise --limit");
    }

    @Test
    void aWriteIsRefusedAndTheTableIsUntouched() {
        ConsoleCapture drop = sql("DROP TABLE facts");
        assertThat(drop.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(drop.err()).contains("only reads");
        assertThat(sql("SELECT count(*) AS n FROM facts", "--csv").out().lines()).containsExactly("n", "5");
    }

    @Test
    void anUnknownTableIsAUserErrorNamingTheViews() {
        ConsoleCapture run = sql("SELECT * FROM invoices");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("Cannot run the query:").contains("files, documents, entities, facts");
    }
}
