package io.darkroom.analytics.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.TableRowFixture;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild over a real (temporary) warehouse: the entities table and the home's overrides file feed the catalog. */
class CatalogRefreshSparkTest {
    @TempDir
    Path home;

    @Test
    void aRebuildMergesTheOverridesFileLinksEntitiesAndKeepsEverythingElseWhenTheFileIsWrong() throws Exception {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), "file:" + home + "/warehouse");
        registerCustomers(warehouse);
        writeEntities(warehouse, "ACME", "Globex", "Initech Inc.", "Hooli", "red", "blue", "green", "European Central Bank");
        Files.writeString(home.resolve(CatalogOverrides.YAML_FILE), """
                tables:
                  customers: {synonyms: [clients]}
                measures:
                  customers__count_of_firms: {synonyms: [firms]}
                values:
                  customers.colour: {red: [crimson]}
                """);

        CatalogRefresh.Refreshed first = new CatalogRefresh(warehouse).refresh();

        assertThat(first.overridesProblem()).get().extracting(DarkroomException::getMessage).isEqualTo(
                "Cannot read catalog overrides file:" + home + "/catalog-overrides.yaml: line 4: unknown measure "
                        + "'customers__count_of_firms'; known measures: customers__count");
        Catalog saved = new CatalogStore(warehouse).require();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.table("datasets/customers").orElseThrow().measures().get(0).synonyms()).contains("clients");
        assertThat(saved.synonyms()).containsEntry("value:datasets/customers.colour=red", List.of("crimson"));
        // 4 of 5 companies are mentioned (0.8 * 1.0 * 4/5); 3 of 5 colours are "organisations" too, but "colour" names none.
        assertThat(saved.relations()).containsExactly(
                new Relation("datasets/customers", "company", "entities", "canonical", 0.8, 1.0, 0.64, "ORGANIZATION"));

        Files.writeString(home.resolve(CatalogOverrides.YAML_FILE), "tables:\n  customers: {synonyms: [clients]\n");
        CatalogRefresh.Refreshed second = new CatalogRefresh(warehouse).refresh();

        assertThat(second.overridesProblem()).get().extracting(DarkroomException::getMessage).isEqualTo(
                "Cannot read catalog overrides file:" + home + "/catalog-overrides.yaml: line 3: expected ',' or '}', but got"
                        + " <stream end> (while parsing a flow mapping started on line 2); fix the syntax");
        assertThat(second.catalog().version()).isEqualTo(2);
        assertThat(second.catalog().tables()).hasSize(1);
        assertThat(second.catalog().relations()).hasSize(1);
        // Words no longer in (a readable) file are gone from the next version, not carried forward.
        assertThat(second.catalog().synonyms()).doesNotContainKey("value:datasets/customers.colour=red");
        assertThat(second.catalog().table("datasets/customers").orElseThrow().measures().get(0).synonyms()).doesNotContain("clients");
    }

    private static void registerCustomers(Warehouse warehouse) {
        StructType schema = new StructType().add("company", DataTypes.StringType).add("colour", DataTypes.StringType);
        warehouse.replace(new WarehouseTable("datasets/customers", schema), SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("ACME Corp.", "red"), RowFactory.create("Globex Corporation", "blue"),
                RowFactory.create("Initech LLC", "green"), RowFactory.create("Hooli Inc", "black"),
                RowFactory.create("Vandelay Industries", "teal")), schema));
        List<Row> columns = new ArrayList<>();
        for (String c : List.of("company", "colour")) {
            columns.add(TableRowFixture.row(DatasetRegistryTable.COLUMN_SCHEMA, DatasetRegistryTable.COLUMN_NAME, c,
                    DatasetRegistryTable.COLUMN_TYPE, DatasetRegistryTable.TYPE_STRING, DatasetRegistryTable.COLUMN_NON_EMPTY, 5L));
        }
        Row entry = TableRowFixture.row(DatasetRegistryTable.TABLE.schema(), DatasetRegistryTable.DATASET, "customers",
                DatasetRegistryTable.TABLE_NAME, "datasets/customers", DatasetRegistryTable.SOURCE_PATH, "/share/customers.csv",
                DatasetRegistryTable.ROW_COUNT, 5L, DatasetRegistryTable.COLUMNS, columns,
                DatasetRegistryTable.EXTRACTED_AT, Timestamp.valueOf("2026-01-01 00:00:00"));
        warehouse.replace(DatasetRegistryTable.TABLE, SharedSpark.session().createDataFrame(List.of(entry), DatasetRegistryTable.TABLE.schema()));
    }

    /** One ORGANIZATION mention per name, canonical as enrichment folds it. */
    private static void writeEntities(Warehouse warehouse, String... organisations) {
        List<Row> rows = new ArrayList<>();
        for (String o : organisations) {
            rows.add(TableRowFixture.row(EntitiesTable.TABLE.schema(), EntitiesTable.DOC_ID, "mail-" + rows.size(),
                    EntitiesTable.TYPE, "ORGANIZATION", EntitiesTable.TEXT, o,
                    EntitiesTable.CANONICAL, io.darkroom.analytics.enrich.EntityCanonicalizer.canonical("ORGANIZATION", o),
                    EntitiesTable.SOURCE, "ner"));
        }
        warehouse.replace(EntitiesTable.TABLE, SharedSpark.session().createDataFrame(rows, EntitiesTable.TABLE.schema()));
    }
}
