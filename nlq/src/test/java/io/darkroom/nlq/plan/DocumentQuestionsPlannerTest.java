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

    @Test
    void anAggregationBeforeACompoundNounIsOfItsLastNoun() {
        // "total invoice" is also the name of the sheets' measure "total invoices"; the head of "invoice amount" is the amount
        for (String q : List.of("what is the total invoice amount", "average invoice amount per year", "total value of invoices in December 2025",
                "the 3 customers with the lowest invoice total")) {
            QueryPlan p = plan(q);
            assertThat(p.scope()).as(q).isNotNull();
            assertThat(p.scope().table()).as(q).isEqualTo(DocumentsCatalog.FACTS);
            assertThat(docTypes(p)).as(q).containsExactly("invoice");
        }
        assertThat(((QueryPlan.Aggregate) plan("what is the total invoice amount")).measure().name()).isEqualTo("total_amount");
        assertThat(((QueryPlan.Trend) plan("average invoice amount per year")).measure().name()).isEqualTo("average_amount");
        assertThat(((QueryPlan.Aggregate) plan("total value of invoices in December 2025")).measure().name()).isEqualTo("total_amount");
        QueryPlan.TopN lowest = (QueryPlan.TopN) plan("the 3 customers with the lowest invoice total");
        assertThat(lowest.measure().name()).isEqualTo("total_amount");
        assertThat(lowest.n()).isEqualTo(3);
        assertThat(lowest.top()).isFalse();
        assertThat(lowest.by().column()).isEqualTo("field_customer");
        // Counting stays counting: an average number of invoices is no amount.
        assertThat(((QueryPlan.Aggregate) plan("how many invoices")).measure().name()).isEqualTo("documents");
    }

    @Test
    void shareOfIsTheShareCueNotAColumnThatStartsWithTheseWords() {
        QueryPlan p = plan("share of tickets by region");
        assertThat(p).isInstanceOf(QueryPlan.Compare.class);
        assertThat(((QueryPlan.Compare) p).mode()).isEqualTo(QueryPlan.CompareMode.SHARE_OF_TOTAL);
        assertThat(((QueryPlan.Compare) p).dimension().column()).isEqualTo("field_region");
        assertThat(docTypes(p)).containsExactly("ticket");
    }

    @Test
    void whoWithASuperlativeRanksThePeopleOfTheDocuments() {
        QueryPlan.TopN p = (QueryPlan.TopN) plan("who sends the most emails");
        assertThat(p.by().column()).isEqualTo("sender");
        assertThat(p.n()).isEqualTo(1);
        assertThat(docTypes(p)).containsExactly("email");
        QueryPlan.TopN three = (QueryPlan.TopN) plan("which 3 customers had the highest average invoice amount");
        assertThat(three.n()).isEqualTo(3);
        assertThat(three.by().column()).isEqualTo("field_customer");
        assertThat(three.measure().name()).isEqualTo("average_amount");
    }

    @Test
    void eachNamesAGroupingAndANamedGrainBeatsOverTime() {
        QueryPlan.Breakdown each = (QueryPlan.Breakdown) plan("how many documents did each sender write in 2025");
        assertThat(each.by()).extracting(ColumnRef::column).containsExactly("sender");
        assertThat(((QueryPlan.Trend) plan("invoice count over time by year")).grain()).isEqualTo(TimeGrain.YEAR);
        assertThat(((QueryPlan.Trend) plan("how has the number of tickets evolved over the years")).grain()).isEqualTo(TimeGrain.YEAR);
        assertThat(((QueryPlan.Trend) plan("invoice totals per year")).measure().name()).isEqualTo("total_amount");
    }

    @Test
    void documentsOfATypeListedByWordsAreASearchOfTheirText() {
        QueryPlan.DocumentSearch overdue = (QueryPlan.DocumentSearch) plan("which invoices are overdue");
        assertThat(overdue.keywords()).containsExactly("overdue");
        assertThat(docTypes(overdue)).containsExactly("invoice");
        assertThat(overdue.scope().joins()).singleElement().satisfies(j -> assertThat(j.toTable()).isEqualTo("documents"));
        QueryPlan.DocumentSearch code = (QueryPlan.DocumentSearch) plan("find documents containing purchase order PO-54998");
        assertThat(code.required()).containsExactly("po-54998");
        assertThat(code.keywords()).containsExactly("purchase", "order");
        QueryPlan.DocumentSearch delays = (QueryPlan.DocumentSearch) plan("find emails about delivery delays");
        assertThat(delays.keywords()).containsExactly("delivery", "delay");
        assertThat(docTypes(delays)).containsExactly("email");
    }

    @Test
    void followUpsRankForecastAndLookForAnomaliesInThePreviousAnswer() {
        Catalog catalog = DocumentsCatalog.catalog(false);
        Planner planner = new Planner(catalog, null, Clock.systemUTC());
        CatalogResolver resolver = new CatalogResolver(new CatalogIndex(catalog));
        QueryPlan bySender = planner.plan(resolver.resolve(analyzer.analyze("emails per sender")), null);
        assertThat(bySender).isInstanceOf(QueryPlan.Breakdown.class);
        QueryPlan.TopN top3 = (QueryPlan.TopN) planner.plan(resolver.resolve(analyzer.analyze("just the top 3")), bySender);
        assertThat(top3.n()).isEqualTo(3);
        assertThat(top3.by().column()).isEqualTo("sender");
        assertThat(docTypes(top3)).containsExactly("email");
        QueryPlan.TopN in2024 = (QueryPlan.TopN) planner.plan(resolver.resolve(analyzer.analyze("in 2024")), top3);
        assertThat(in2024.scope().date().range().from()).isEqualTo(LocalDate.of(2024, 1, 1));

        QueryPlan monthly = planner.plan(resolver.resolve(analyzer.analyze("tickets per month in 2024")), null);
        QueryPlan.Anomalies anomalies = (QueryPlan.Anomalies) planner.plan(resolver.resolve(analyzer.analyze("any anomalies?")), monthly);
        assertThat(docTypes(anomalies)).containsExactly("ticket");
        QueryPlan.Forecast forecast = (QueryPlan.Forecast) planner.plan(resolver.resolve(analyzer.analyze("forecast the next 3 months")), monthly);
        assertThat(forecast.horizon()).isEqualTo(3);
        assertThat(forecast.scope().date()).as("the horizon is no filter").isEqualTo(monthly.scope().date());
    }

    @Test
    void aCodeWithAQuestionWordLooksUpTheDocumentWhoseTitleCarriesIt() {
        QueryPlan.Lookup customer = (QueryPlan.Lookup) plan("which customer is invoice INV-2023-00002 for");
        assertThat(customer.columns()).extracting(ColumnRef::column).containsExactly("field_customer", "title");
        assertThat(customer.scope().conditions()).singleElement().satisfies(c -> {
            assertThat(c.op()).isEqualTo(Condition.Op.CONTAINS);
            assertThat(c.values()).containsExactly("inv-2023-00002");
        });
        assertThat(customer.scope().date()).as("2023 is part of the code").isNull();
        QueryPlan.Lookup value = (QueryPlan.Lookup) plan("what is the value of contract CTR-2025-015");
        assertThat(value.columns()).extracting(ColumnRef::column).contains("amount", "best_date");
        // Counting documents that mention a code is still a count.
        assertThat(plan("how many invoices mention PO-4711")).isNotInstanceOf(QueryPlan.Lookup.class);
    }

    @Test
    void aCountNobodyAskedForIsAClarification() {
        assertThat(plan("what is the weather in the West tomorrow")).isInstanceOf(QueryPlan.Clarify.class);
        QueryPlan loose = plan("revenue");
        assertThat(loose).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(((QueryPlan.Clarify) loose).reason()).contains("share of revenue (%)");
        assertThat(plan("West")).isInstanceOf(QueryPlan.Aggregate.class);
        assertThat(plan("documents by region")).isInstanceOf(QueryPlan.Breakdown.class);
    }

    @Test
    void aChangeBetweenTwoYearsComparesTheSecondWithTheFirst() {
        for (String q : List.of("what caused the change in ticket volume between 2023 and 2024", "why did tickets change between 2023 and 2024")) {
            QueryPlan.Why w = (QueryPlan.Why) plan(q);
            assertThat(w.current().from()).as(q).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(w.baseline().from()).as(q).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(w.baseline().to()).as(q).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(docTypes(w)).as(q).containsExactly("ticket");
        }
    }
}
