package io.darkroom.nlq;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.exec.TableReader;
import io.darkroom.nlq.fixtures.FakeInsights;
import io.darkroom.nlq.fixtures.TestCatalogs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions over a small facts table with the FactsTable schema; real CoreNLP and Spark. */
class FactsQuestionsSparkTest {
    private static QuestionAnswerer answerer;
    private static QuestionAnswerer withoutInsights;
    private static final FakeInsights INSIGHTS = new FakeInsights();

    @BeforeAll
    static void facts() {
        List<Row> rows = new ArrayList<>();
        rows.add(fact("i1", "invoice", "2024-01-10", "Invoice 1001 from Acme Corp for consulting"));
        rows.add(fact("i2", "invoice", "2024-01-20", "Invoice INV-2024-1002 from Globex"));
        rows.add(fact("i3", "invoice", "2023-05-02", "Acme Corp invoice for hardware"));
        rows.add(fact("e1", "email", "2024-02-01", "Re: Acme Corp contract renewal"));
        rows.add(fact("e2", "email", "2024-01-03", "Lunch on Friday"));
        rows.add(fact("c1", "contract", "2024-02-11", "Master services agreement with Globex"));
        Dataset<Row> facts = SharedSpark.session().createDataFrame(rows, FactsTable.TABLE.schema());
        // The documents' text: searches look past the title into it.
        Dataset<Row> documents = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("i1", "Invoice 1001\nConsulting, March. Payment is overdue since 2024-03-01; see PO-4711."),
                RowFactory.create("i2", "Invoice 1002\nHardware delivered. Paid in full. Reference PO-4712."),
                RowFactory.create("i3", "Invoice\nAcme Corp hardware, second reminder: overdue."),
                RowFactory.create("e1", "Hello, the contract renewal with Acme Corp is attached. The delivery delays are resolved."),
                RowFactory.create("e2", "Lunch on Friday? The relay race is at noon."),
                RowFactory.create("c1", "Master services agreement. Deliveries are delayed at the supplier's risk.")),
                new StructType().add(DocumentsTable.DOC_ID, DataTypes.StringType).add(DocumentsTable.TEXT, DataTypes.StringType));
        Catalog catalog = TestCatalogs.catalog(List.of(TestCatalogs.table("facts", "documents", facts)), List.of(), Map.of());
        TableReader tables = TableReader.of(Map.of("facts", facts, "documents", documents));
        answerer = new QuestionAnswerer(catalog, tables, new CoreNlpTokens(), INSIGHTS, null, Clock.systemUTC());
        withoutInsights = new QuestionAnswerer(catalog, tables, new CoreNlpTokens(), null, null, Clock.systemUTC());
    }

    @Test
    void countsInvoicesOfOneYear() {
        Answer a = answerer.ask("how many invoices were there in 2024");
        assertThat(a.kind()).isEqualTo("aggregate");
        assertThat(a.table().rows()).containsExactly(List.of(2L));
        assertThat(a.sentence()).isEqualTo("Documents where doc type is invoice in 2024: 2.");
        assertThat(a.interpretation()).isEqualTo("I read this as: documents where doc type is invoice in 2024 (from facts).");
        assertThat(a.sql()).isEqualTo("SELECT COUNT(*) AS `documents` FROM `facts` WHERE doc_type = 'invoice'"
                + " AND CAST(best_date AS DATE) >= DATE '2024-01-01' AND CAST(best_date AS DATE) < DATE '2025-01-01'");
        assertThat(a.chart().type()).isEqualTo("kpi");
        assertThat(a.chart().vegaLite()).contains("\"mark\":\"text\"");
    }

    @Test
    void trendAndBreakdownWithCharts() {
        Answer trend = answerer.ask("how many documents per month");
        assertThat(trend.table().rows()).containsExactly(List.of("2023-05", 1L), List.of("2024-01", 3L), List.of("2024-02", 2L));
        assertThat(trend.chart().type()).isEqualTo("line");
        Answer byType = answerer.ask("how many documents by type in 2024");
        assertThat(byType.table().rows()).containsExactly(List.of("email", 2L), List.of("invoice", 2L), List.of("contract", 1L));
        assertThat(byType.chart().type()).isEqualTo("bar");
    }

    @Test
    void documentSearchRanksBySharedWordsWithSnippets() {
        Answer a = answerer.ask("documents mentioning Acme invoice");
        assertThat(a.kind()).isEqualTo("document_search");
        assertThat(a.table().rows()).extracting(r -> r.get(0)).startsWith("i1", "i3");
        assertThat(a.table().rows().get(0).get(3).toString()).containsIgnoringCase("acme");
    }

    @Test
    void documentSearchReadsTheTextAndMatchesWhereWordsStart() {
        Answer a = answerer.ask("find documents about delays");
        assertThat(a.kind()).isEqualTo("document_search");
        // "delays" finds "delays" and "delayed"; "relay" holds the letters but is another word.
        assertThat(a.table().rows()).extracting(r -> r.get(0)).containsExactly("c1", "e1");
        assertThat(a.sql()).contains("LEFT JOIN `documents`");
    }

    @Test
    void aRareWordRanksAboveACommonOne() {
        // "paid" is in one document, "Acme" in three: the one that says "paid" leads, though each holds one word.
        Answer a = answerer.ask("documents mentioning Acme paid");
        assertThat(a.table().rows()).extracting(r -> r.get(0)).startsWith("i2").contains("e1", "i1", "i3");
    }

    @Test
    void aCodeInTheQuestionMustBeInTheDocument() {
        Answer a = answerer.ask("find documents containing purchase order PO-4711");
        assertThat(a.table().rows()).extracting(r -> r.get(0)).containsExactly("i1");
        assertThat(a.sentence()).isEqualTo("1 document mentions po-4711, purchase, order; the best match is Invoice 1001 from Acme Corp for consulting.");
    }

    @Test
    void documentsOfATypeListedByAnUnknownWordAreASearchWithinThatType() {
        Answer a = answerer.ask("which invoices are overdue");
        assertThat(a.kind()).isEqualTo("document_search");
        assertThat(a.table().rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("i1", "i3");
        assertThat(a.interpretation()).contains("mentioning overdue").contains("doc type is invoice");
        Answer none = answerer.ask("documents mentioning narwhals");
        assertThat(none.table().rows()).isEmpty();
        assertThat(none.sentence()).isEqualTo("No document mentions narwhal; try fewer or other words.");
    }

    @Test
    void aDocumentNamedByItsCodeIsLookedUpNotCountedInTheYearInsideTheCode() {
        Answer when = answerer.ask("when was invoice INV-2024-1002 issued");
        assertThat(when.kind()).isEqualTo("lookup");
        assertThat(when.table().rows()).singleElement().satisfies(row -> assertThat(row.get(0).toString()).startsWith("2024-01-20"));
        assertThat(when.sql()).contains("LOWER(title) LIKE '%inv-2024-1002%'").doesNotContain("DATE '2024-01-01'");
        Answer unknownCode = answerer.ask("what is invoice INV-2031-0001");
        assertThat(unknownCode.kind()).isEqualTo("lookup");
        assertThat(unknownCode.table().rows()).isEmpty();
    }

    @Test
    void aNameTheCatalogDoesNotKnowIsAskedAboutNotDroppedFromTheCount() {
        Answer a = answerer.ask("how many invoices for Initech Holdings");
        assertThat(a.isClarification()).isTrue();
        assertThat(a.sentence()).contains("'Initech', 'Holdings'");
        // "Acme Corp" is only in titles here, not a value of any column: asked about too.
        assertThat(answerer.ask("how many invoices for Acme Corp").isClarification()).isTrue();
        assertThat(answerer.ask("how many invoices were there in 2024").table().rows()).containsExactly(List.of(2L));
    }

    @Test
    void insightKindsUseThePortOrSayTheyAreNotAvailable() {
        Answer why = answerer.ask("why did invoices drop in February 2024");
        assertThat(why.kind()).isEqualTo("why");
        assertThat(why.sentence()).isEqualTo("Invoices fell by 1 because e-mail volume moved.");
        assertThat(INSIGHTS.queries.get(INSIGHTS.queries.size() - 1).filters()).extracting(f -> f.value()).containsExactly("invoice");
        assertThat(answerer.ask("forecast documents for the next 2 months").table().rows()).hasSize(1);
        Answer unavailable = withoutInsights.ask("any anomalies in documents");
        assertThat(unavailable.kind()).isEqualTo("anomalies");
        assertThat(unavailable.sentence()).contains("not available yet");
        assertThat(unavailable.confidence()).isZero();
    }

    @Test
    void emptyResultsSayWhichFilterToRelax() {
        Answer a = answerer.ask("how many contracts by type in 2023");
        assertThat(a.sentence()).startsWith("Nothing matches").contains("Try without the condition on doc type");
    }

    @Test
    void conversationsAreIsolatedPerSession() {
        answerer.ask("u1", "how many documents in 2024");
        Answer followUp = answerer.ask("u1", "only invoices");
        assertThat(followUp.table().rows()).containsExactly(List.of(2L));
        Answer other = answerer.ask("u2", "only invoices");
        assertThat(other.table().rows()).containsExactly(List.of(3L));
    }

    @Test
    void hostileTextNeverReachesSql() {
        Answer a = answerer.ask("how many invoices'; DROP TABLE facts; -- in 2024");
        // The injected words are names the catalog does not know: asked about, never run.
        assertThat(a.isClarification()).isTrue();
        assertThat(a.sentence()).contains("'DROP'");
        assertThat(a.sql()).isNull();
        Answer lower = answerer.ask("how many invoices'; drop table facts; -- in 2024");
        assertThat(lower.sql() == null || !lower.sql().toLowerCase(java.util.Locale.ROOT).contains("drop")).isTrue();
        Answer script = answerer.ask("<script>alert(1)</script>");
        assertThat(script.isClarification()).isTrue();
        assertThat(script.sql()).isNull();
    }

    private static Row fact(String id, String type, String day, String title) {
        Timestamp ts = Timestamp.valueOf(day + " 12:00:00");
        int year = Integer.parseInt(day.substring(0, 4));
        int month = Integer.parseInt(day.substring(5, 7));
        // By name: the facts schema grows as enrichment adds columns; the rest stay null.
        var schema = FactsTable.TABLE.schema();
        Object[] v = new Object[schema.size()];
        v[schema.fieldIndex(FactsTable.DOC_ID)] = id;
        v[schema.fieldIndex(FactsTable.FILE_PATH)] = "/share/" + id;
        v[schema.fieldIndex(FactsTable.DOC_TYPE)] = type;
        v[schema.fieldIndex(FactsTable.MIME)] = "application/pdf";
        v[schema.fieldIndex(FactsTable.TITLE)] = title;
        v[schema.fieldIndex(FactsTable.BEST_DATE)] = ts;
        v[schema.fieldIndex(FactsTable.DAY)] = Date.valueOf(day);
        v[schema.fieldIndex(FactsTable.MONTH)] = day.substring(0, 7);
        v[schema.fieldIndex(FactsTable.QUARTER)] = year + "-Q" + ((month - 1) / 3 + 1);
        v[schema.fieldIndex(FactsTable.YEAR)] = year;
        return RowFactory.create(v);
    }
}
