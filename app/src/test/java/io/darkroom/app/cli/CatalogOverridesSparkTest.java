package io.darkroom.app.cli;

import io.darkroom.analytics.catalog.CatalogBuilder;
import io.darkroom.analytics.catalog.CatalogOverrides;
import io.darkroom.analytics.catalog.EntityNames;
import io.darkroom.analytics.catalog.OverridesMerge;
import io.darkroom.analytics.catalog.TableSource;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.exec.TableReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog builder's output, merged with a user's overrides, as the question layer and the CLI see it. */
class CatalogOverridesSparkTest {
    private static Dataset<Row> shipments;
    private static Dataset<Row> customers;
    private static Catalog built;

    @BeforeAll
    static void build() {
        StructType shipmentSchema = new StructType().add("region", DataTypes.StringType).add("freight", DataTypes.DoubleType);
        shipments = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("north", 10.0), RowFactory.create("north", 20.0), RowFactory.create("south", 5.5),
                RowFactory.create("south", 4.5), RowFactory.create("east", 7.0), RowFactory.create("north", 1.0)), shipmentSchema);
        StructType customerSchema = new StructType().add("company", DataTypes.StringType).add("colour", DataTypes.StringType);
        customers = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("ACME Corp.", "red"), RowFactory.create("Globex Corporation", "blue"),
                RowFactory.create("Initech LLC", "green"), RowFactory.create("Hooli Inc", "black"),
                RowFactory.create("Vandelay Industries", "teal")), customerSchema);
        // The mails mention four of the five companies, and (as organisations) three of the colours.
        EntityNames mails = new EntityNames(Map.of("ORGANIZATION", Set.of("acme", "globex", "initech", "hooli",
                "red", "blue", "green", "european central bank")));
        built = new CatalogBuilder().build(List.of(
                new TableSource("datasets/shipments", "shipments", "shipments.csv", shipments),
                new TableSource("datasets/customers", "customers", "customers.csv", customers)), Map.of(), mails);
    }

    @Test
    void aSynonymAddedInTheOverridesMakesAQuestionUsingItAnswerable() {
        String question = "total postage by region";
        Answer before = answerer(built).ask(question);

        CatalogOverrides overrides = CatalogOverrides.parse("catalog-overrides.yaml",
                "measures:\n  shipments__total_freight: {synonyms: [postage]}\n");
        Answer after = answerer(new OverridesMerge().apply(built, overrides).orThrow(overrides)).ask(question);

        // Without the synonym "postage" means nothing: asked about, not answered with a count of shipments nobody asked for.
        assertThat(before.isClarification()).isTrue();
        assertThat(before.sentence()).contains("'postage'");
        assertThat(after.interpretation()).contains("total freight");
        // north 10 + 20 + 1, south 5.5 + 4.5, east 7.
        assertThat(after.table().rows()).containsExactlyInAnyOrder(List.of("north", 31.0), List.of("south", 10.0), List.of("east", 7.0));
    }

    @Test
    void theCompanyColumnIsLinkedToTheOrganisationsOfTheMailsAndTheColoursAreNot() {
        assertThat(built.relations()).filteredOn(Relation::isEntityLink).containsExactly(
                new Relation("datasets/customers", "company", "entities", "canonical", 0.8, 1.0, 0.64, "ORGANIZATION"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogPrinter.print(built, built.tables(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("company names organisations mentioned in the documents   confidence 0.64 (values shared 80 %, name similarity 1.00)")
                .contains("total freight                      sum of freight");
    }

    private static QuestionAnswerer answerer(Catalog catalog) {
        return new QuestionAnswerer(catalog, TableReader.of(Map.of("datasets/shipments", shipments, "datasets/customers", customers)),
                new PlainTokens(), null, null, Clock.systemUTC());
    }
}
