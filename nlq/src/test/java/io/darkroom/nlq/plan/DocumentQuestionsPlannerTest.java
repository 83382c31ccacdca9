package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import io.darkroom.nlq.resolve.CatalogIndex;
import io.darkroom.nlq.resolve.CatalogResolver;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions about documents in a warehouse that also holds finance sheets (the demo's shape); no Spark. */
class DocumentQuestionsPlannerTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new PlainTokens(), LocalDate.of(2025, 12, 31));

    private QueryPlan plan(Catalog catalog, String q) {
        return new Planner(catalog, null, Clock.systemUTC()).plan(new CatalogResolver(new CatalogIndex(catalog)).resolve(analyzer.analyze(q)), null);
    }

    private QueryPlan plan(String q) {
        return plan(DocumentsCatalog.catalog(false), q);
    }

    private static List<String> docTypes(QueryPlan p) {
        return p.scope().conditions().stream().filter(c -> c.column().column().equals("doc_type")).flatMap(c -> c.values().stream()).toList();
    }

    @Test
    void sentimentOfADocumentTypeIsTheAverageScoreNeverTheSum() {
        for (String q : List.of("sentiment of e-mails", "average sentiment of tickets", "total sentiment of e-mails")) {
            QueryPlan p = plan(q);
            assertThat(p).as(q).isInstanceOf(QueryPlan.Aggregate.class);
            QueryPlan.Aggregate a = (QueryPlan.Aggregate) p;
            assertThat(a.measure().aggregation()).as(q).isEqualTo(Aggregation.AVERAGE);
            assertThat(a.measure().column()).as(q).isEqualTo("sentiment");
            assertThat(a.scope().table()).isEqualTo(DocumentsCatalog.FACTS);
        }
        assertThat(docTypes(plan("sentiment of e-mails"))).containsExactly("email");
        assertThat(docTypes(plan("average sentiment of tickets"))).containsExactly("ticket");
        // Amounts add up: the total stays a total.
        assertThat(((QueryPlan.Aggregate) plan("total amount of invoices")).measure().aggregation()).isEqualTo(Aggregation.SUM);
    }

    @Test
    void aDocumentTypeWordNamesThoseDocumentsInEveryPlanKind() {
        QueryPlan.Forecast f = (QueryPlan.Forecast) plan("forecast invoices");
        assertThat(f.measure().aggregation()).isEqualTo(Aggregation.COUNT);
        assertThat(f.scope().table()).isEqualTo(DocumentsCatalog.FACTS);
        assertThat(docTypes(f)).containsExactly("invoice");
        QueryPlan.Forecast counted = (QueryPlan.Forecast) plan("forecast the number of invoices");
        assertThat(docTypes(counted)).containsExactly("invoice");
        QueryPlan.Trend t = (QueryPlan.Trend) plan("invoices per month");
        assertThat(t.scope().table()).isEqualTo(DocumentsCatalog.FACTS);
        assertThat(docTypes(t)).containsExactly("invoice");
        QueryPlan.Anomalies an = (QueryPlan.Anomalies) plan("any anomalies in contracts");
        assertThat(docTypes(an)).containsExactly("contract");
        QueryPlan.Why w = (QueryPlan.Why) plan("why did invoices drop in March 2025");
        assertThat(w.measure().table()).isEqualTo(DocumentsCatalog.FACTS);
        assertThat(docTypes(w)).containsExactly("invoice");
        // An explicit aggregation of the sheets' "invoices" column is still that column, not the documents.
        QueryPlan avg = plan("average invoices in finance summary");
        assertThat(avg).isInstanceOf(QueryPlan.Aggregate.class);
        assertThat(((QueryPlan.Aggregate) avg).measure().table()).isEqualTo(DocumentsCatalog.SUMMARY);
    }

    @Test
    void aRelationWhoseTargetRepeatsValuesIsNotJoinedButExplained() {
        QueryPlan refused = plan(DocumentsCatalog.catalog(false), "total amount by manager");
        assertThat(refused).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(((QueryPlan.Clarify) refused).reason()).startsWith("Cannot join documents to regions on region_name: several regions rows");
        QueryPlan joined = plan(DocumentsCatalog.catalog(true), "total amount by manager");
        assertThat(joined).isInstanceOf(QueryPlan.Breakdown.class);
        assertThat(joined.scope().joins()).singleElement().satisfies(r -> assertThat(r.toTable()).isEqualTo(DocumentsCatalog.REGIONS));
    }

    @Test
    void aDocumentTypeWithARegionCountsThoseDocumentsThoughASheetIsNamedAfterRegions() {
        // "region" is the last word of the "finance by region" sheet's name, but "tickets" names documents
        for (String q : List.of("how many tickets came from the West region", "tickets by region", "which region has the most tickets")) {
            QueryPlan p = plan(q);
            assertThat(p).as(q).isNotInstanceOf(QueryPlan.Clarify.class);
            assertThat(docTypes(p)).as(q).containsExactly("ticket");
        }
    }
}
