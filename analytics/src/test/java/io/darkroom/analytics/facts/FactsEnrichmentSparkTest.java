package io.darkroom.analytics.facts;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.TableRowFixture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FactsEnrichmentSparkTest {
    private static final String[] PRODUCTS = {"TorqueLine Actuator", "SenseIQ Flow Sensor"};
    private static final String[] REGIONS = {"North", "East", "West"};

    @Test
    void repeatedFormFieldsBecomeColumnsAndFreeTextDoesNot() {
        List<Object[]> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            docs.add(doc("t" + i, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "SUPPORT TICKET TCK-" + i + "\nCustomer: Customer " + i + "\nProduct: " + PRODUCTS[i % 2]
                            + "\nRegion: " + REGIONS[i % 3] + "\nPriority: " + (i % 2 == 0 ? "High" : "Low")
                            + "\nNote: unique remark number " + i + "\nThe pump failed again.", null));
        }
        docs.add(doc("m1", "message/rfc822", "Hello,\nSee you: tomorrow", "\"Jane Doe\" <jane@x.example>"));
        Dataset<Row> facts = new FactsBuilder(null).build(documents(docs));
        assertThat(facts.columns()).contains("field_product", "field_region", "field_priority")
                .doesNotContain("field_customer", "field_note", "field_see_you");
        Map<String, Row> byId = byId(facts);
        assertThat(byId.get("t1").<String>getAs("field_product")).isEqualTo("SenseIQ Flow Sensor");
        assertThat(byId.get("t2").<String>getAs("field_region")).isEqualTo("West");
        assertThat(byId.get("m1").<String>getAs("field_product")).isNull();
        assertThat(byId.get("m1").<String>getAs(FactsTable.SENDER)).isEqualTo("Jane Doe");
    }

    @Test
    void entitiesGiveTheLargestAmountTheMostNamedOrganisationAndTheFirstDate() {
        Dataset<Row> documents = documents(List.<Object[]>of(doc("inv", "text/plain", "INVOICE ...", null)));
        Dataset<Row> entities = SharedSpark.session().createDataFrame(List.of(
                entity("inv", 0, 10, "MONEY", "EUR 100.00", null, new BigDecimal("100.00"), "EUR", null),
                entity("inv", 20, 30, "MONEY", "EUR 1,190.00", null, new BigDecimal("1190.00"), "EUR", null),
                entity("inv", 40, 45, "ORGANIZATION", "Acme Corp.", "acme", null, null, null),
                entity("inv", 50, 55, "ORGANIZATION", "Acme", "acme", null, null, null),
                entity("inv", 60, 65, "ORGANIZATION", "Kestrel", "kestrel", null, null, null),
                entity("inv", 70, 75, "DATE", "5 March 2024", null, null, null, Date.valueOf("2024-03-05")),
                entity("inv", 90, 95, "DATE", "1 April 2024", null, null, null, Date.valueOf("2024-04-01")),
                entity("inv", 80, 85, "CITY", "Zurich", "zurich", null, null, null)), EntitiesTable.TABLE.schema());
        Row fact = new FactsBuilder(null).build(documents, Optional.empty(), Optional.of(entities)).first();
        assertThat(fact.<BigDecimal>getAs(FactsTable.AMOUNT)).isEqualByComparingTo("1190.00");
        assertThat(fact.<String>getAs(FactsTable.CURRENCY)).isEqualTo("EUR");
        assertThat(fact.<String>getAs(FactsTable.ORGANIZATION)).isEqualTo("acme");
        assertThat(fact.<String>getAs(FactsTable.LOCATION)).isEqualTo("zurich");
        assertThat(fact.<Integer>getAs(FactsTable.ORGANIZATIONS_MENTIONED)).isEqualTo(2);
        assertThat(fact.<Integer>getAs(FactsTable.AMOUNTS_MENTIONED)).isEqualTo(2);
        // No sent/created/modified date: the first date named in the text is the document's date.
        assertThat(fact.<String>getAs(FactsTable.MONTH)).isEqualTo("2024-03");
    }

    private static Row entity(String doc, int begin, int end, String type, String text, String canonical,
                              BigDecimal amount, String currency, Date date) {
        return TableRowFixture.row(EntitiesTable.TABLE.schema(), EntitiesTable.DOC_ID, doc, EntitiesTable.BEGIN, begin,
                EntitiesTable.END, end, EntitiesTable.TYPE, type, EntitiesTable.TEXT, text, EntitiesTable.CANONICAL, canonical,
                EntitiesTable.AMOUNT, amount == null ? null : amount.setScale(6), EntitiesTable.CURRENCY, currency,
                EntitiesTable.DATE_VALUE, date, EntitiesTable.SOURCE, "test", EntitiesTable.RUN_ID, "test");
    }

    private static Object[] doc(String id, String mime, String text, String from) {
        return new Object[]{id, mime, text, from};
    }

    private static Map<String, Row> byId(Dataset<Row> facts) {
        Map<String, Row> out = new HashMap<>();
        for (Row r : facts.collectAsList()) {
            out.put(r.getAs(FactsTable.DOC_ID), r);
        }
        return out;
    }

    private static Dataset<Row> documents(List<Object[]> docs) {
        List<Row> rows = new ArrayList<>();
        for (Object[] d : docs) {
            rows.add(TableRowFixture.row(DocumentsTable.TABLE.schema(), DocumentsTable.DOC_ID, d[0],
                    DocumentsTable.FILE_PATH, "/share/" + d[0], DocumentsTable.MIME, d[1], DocumentsTable.TEXT, d[2],
                    DocumentsTable.EMAIL_FROM, d[3], DocumentsTable.RUN_ID, "test-run"));
        }
        return SharedSpark.session().createDataFrame(rows, DocumentsTable.TABLE.schema());
    }
}
