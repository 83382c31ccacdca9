package io.darkroom.nlq;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.exec.TableReader;
import io.darkroom.nlq.fixtures.FakeInsights;
import io.darkroom.nlq.fixtures.TestCatalogs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
        rows.add(fact("i2", "invoice", "2024-01-20", "Invoice 1002 from Globex"));
        rows.add(fact("i3", "invoice", "2023-05-02", "Acme Corp invoice for hardware"));
        rows.add(fact("e1", "email", "2024-02-01", "Re: Acme Corp contract renewal"));
        rows.add(fact("e2", "email", "2024-01-03", "Lunch on Friday"));
        rows.add(fact("c1", "contract", "2024-02-11", "Master services agreement with Globex"));
        Dataset<Row> facts = SharedSpark.session().createDataFrame(rows, FactsTable.TABLE.schema());
        Catalog catalog = TestCatalogs.catalog(List.of(TestCatalogs.table("facts", "documents", facts)), List.of(), Map.of());
        answerer = new QuestionAnswerer(catalog, TableReader.of(Map.of("facts", facts)), new CoreNlpTokens(), INSIGHTS, null, Clock.systemUTC());
        withoutInsights = new QuestionAnswerer(catalog, TableReader.of(Map.of("facts", facts)), new CoreNlpTokens(), null, null, Clock.systemUTC());
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
        assertThat(a.table().rows().get(0).get(3).toString()).contains("acme");
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
        assertThat(a.kind()).isEqualTo("aggregate");
        assertThat(a.sql()).doesNotContain("DROP");
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
