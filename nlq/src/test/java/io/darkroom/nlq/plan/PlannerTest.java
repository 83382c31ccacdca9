package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.nlq.analyze.DateRange;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import io.darkroom.nlq.fixtures.ShopCatalog;
import io.darkroom.nlq.resolve.CatalogIndex;
import io.darkroom.nlq.resolve.CatalogResolver;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.NumberCondition;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Resolver and planner over a hand-built catalog, with the model-free tokenizer (fast, no Spark). */
class PlannerTest {
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new PlainTokens(), LocalDate.of(2024, 6, 30));
    private final CatalogResolver resolver = new CatalogResolver(new CatalogIndex(ShopCatalog.catalog()));
    private final Planner planner = new Planner(ShopCatalog.catalog(), null, Clock.systemUTC());

    private Resolution resolve(String q) {
        return resolver.resolve(analyzer.analyze(q));
    }

    private QueryPlan plan(String q) {
        return planner.plan(resolve(q), null);
    }

    @Test
    void resolverBindsSynonymsMultiWordValuesTyposAndNegation() {
        Resolution r = resolve("revenue in United States excluding refunded orders");
        assertThat(r.matches()).extracting(Match::text).containsExactly("revenue", "United States", "refunded", "orders");
        assertThat(r.matches().get(0).how()).isEqualTo(Match.How.SYNONYM);
        assertThat(r.matches().get(2).negated()).isTrue();
        Match typo = resolve("amount in Germnay").matches().get(1);
        assertThat(typo.how()).isEqualTo(Match.How.FUZZY);
        assertThat(typo.targetsOf(Target.ValueTarget.class).get(0).value()).isEqualTo("Germany");
        assertThat(typo.confidence()).isLessThan(1.0);
    }

    @Test
    void resolverReadsComparisonsAndRanks() {
        Resolution r = resolve("top 3 countries by amount for orders with amount between 10 and 20");
        assertThat(r.rank().n()).isEqualTo(3);
        assertThat(r.rank().top()).isTrue();
        assertThat(r.numbers()).singleElement().satisfies(n -> {
            assertThat(n.op()).isEqualTo(NumberCondition.Op.BETWEEN);
            assertThat(n.low()).isEqualTo(10.0);
            assertThat(n.high()).isEqualTo(20.0);
        });
        assertThat(resolve("orders with amount more than 5,000").numbers().get(0).low()).isEqualTo(5000.0);
    }

    @Test
    void totalWithAValueAndARelativePeriod() {
        QueryPlan p = plan("total amount in Germany last quarter");
        assertThat(p).isInstanceOf(QueryPlan.Aggregate.class);
        QueryPlan.Aggregate a = (QueryPlan.Aggregate) p;
        assertThat(a.measure().aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(a.scope().conditions()).singleElement().satisfies(c -> assertThat(c.values()).containsExactly("Germany"));
        // Reference = the order date column's max (2024-06-30): last quarter is Q1 2024.
        assertThat(a.scope().date().range()).isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1)));
    }

    @Test
    void breakdownThroughAJoinAndTrendAndTopN() {
        QueryPlan.Breakdown b = (QueryPlan.Breakdown) plan("sales by segment");
        assertThat(b.by()).extracting(ColumnRef::column).containsExactly("segment");
        assertThat(b.scope().joins()).singleElement().satisfies(r -> assertThat(r.toTable()).isEqualTo(ShopCatalog.CUSTOMERS));
        assertThat(plan("average amount per month")).isInstanceOf(QueryPlan.Trend.class);
        QueryPlan.TopN t = (QueryPlan.TopN) plan("bottom 2 countries by amount");
        assertThat(t.top()).isFalse();
        assertThat(t.n()).isEqualTo(2);
    }

    @Test
    void compareKinds() {
        QueryPlan.Compare v = (QueryPlan.Compare) plan("amount in Germany vs France");
        assertThat(v.mode()).isEqualTo(QueryPlan.CompareMode.VALUES);
        assertThat(v.values()).containsExactly("Germany", "France");
        assertThat(((QueryPlan.Compare) plan("amount year over year")).mode()).isEqualTo(QueryPlan.CompareMode.YEAR_OVER_YEAR);
        assertThat(((QueryPlan.Compare) plan("share of amount by country")).mode()).isEqualTo(QueryPlan.CompareMode.SHARE_OF_TOTAL);
    }

    @Test
    void insightKindsAndNotAGuessWhenAmbiguousOrUnknown() {
        assertThat(plan("why did sales drop in Q2")).isInstanceOf(QueryPlan.Why.class);
        assertThat(plan("what drives revenue")).isInstanceOf(QueryPlan.Drivers.class);
        assertThat(plan("any anomalies in amount")).isInstanceOf(QueryPlan.Anomalies.class);
        assertThat(((QueryPlan.Forecast) plan("forecast revenue for the next 6 months")).horizon()).isEqualTo(6);
        QueryPlan acme = plan("Acme Corp");
        assertThat(acme).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(((QueryPlan.Clarify) acme).options()).hasSize(2);
        assertThat(((QueryPlan.Clarify) plan("how many unicorns")).reason()).contains("'unicorns'");
    }

    @Test
    void followUpsRefineThePreviousPlan() {
        QueryPlan first = plan("total amount in Germany");
        QueryPlan france = planner.plan(resolve("and in France?"), first);
        assertThat(france.scope().conditions()).singleElement().satisfies(c -> assertThat(c.values()).containsExactly("France"));
        assertThat(planner.plan(resolve("by month"), france)).isInstanceOf(QueryPlan.Trend.class);
        assertThat(planner.plan(resolve("why?"), france)).isInstanceOf(QueryPlan.Why.class);
        QueryPlan lastYear = planner.plan(resolve("what about last year?"), france);
        assertThat(lastYear.scope().date().range()).isEqualTo(DateRange.year(2023));
        assertThat(planner.plan(resolve("by segment"), france)).isInstanceOf(QueryPlan.Breakdown.class);
    }

    @Test
    void lookupOfAColumnForAValue() {
        QueryPlan p = plan("what is the segment of Globex Corporation");
        assertThat(p).isInstanceOf(QueryPlan.Lookup.class);
        assertThat(((QueryPlan.Lookup) p).columns()).extracting(ColumnRef::column).containsExactly("segment");
        assertThat(List.of(p.scope().table())).containsExactly(ShopCatalog.CUSTOMERS);
    }
}
