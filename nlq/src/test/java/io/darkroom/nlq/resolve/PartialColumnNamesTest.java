package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.ValueCount;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import io.darkroom.nlq.plan.Planner;
import io.darkroom.nlq.plan.QueryPlan;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Measures and columns with unit or qualifier words in their names are found by the words a person uses. */
class PartialColumnNamesTest {
    private static final String SALES = "datasets/sales";
    private final Catalog catalog = catalog();
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new PlainTokens(), LocalDate.of(2024, 6, 30));
    private final CatalogResolver resolver = new CatalogResolver(new CatalogIndex(catalog));
    private final Planner planner = new Planner(catalog, null, Clock.systemUTC());

    private QueryPlan plan(String q) {
        return planner.plan(resolver.resolve(analyzer.analyze(q)), null);
    }

    @Test
    void totalNetRevenueByRegionSumsTheNetRevenueEurColumnInsteadOfCountingRows() {
        QueryPlan p = plan("total net revenue by region");
        assertThat(p).isInstanceOf(QueryPlan.Breakdown.class);
        QueryPlan.Breakdown b = (QueryPlan.Breakdown) p;
        assertThat(b.measure().aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(b.measure().column()).isEqualTo("net_revenue_eur");
        assertThat(b.by()).extracting(c -> c.column()).containsExactly("region");
    }

    @Test
    void averageNetRevenuePicksTheAverageMeasureNotTheSum() {
        QueryPlan p = plan("average net revenue");
        assertThat(p).isInstanceOf(QueryPlan.Aggregate.class);
        assertThat(((QueryPlan.Aggregate) p).measure().aggregation()).isEqualTo(Aggregation.AVERAGE);
        assertThat(((QueryPlan.Aggregate) p).measure().column()).isEqualTo("net_revenue_eur");
    }

    @Test
    void aFullColumnNameStillBeatsAnotherColumnsPartialName() {
        // "units" is the whole name of one column and the tail of "returned units": the whole name wins.
        Match m = resolver.resolve(analyzer.analyze("units by region")).matches().get(0);
        assertThat(m.text()).isEqualTo("units");
        assertThat(m.targetsOf(Target.MeasureTarget.class)).extracting(t -> t.measure().column()).containsExactly("units");
    }

    private static Catalog catalog() {
        CatalogTable sales = new CatalogTable(SALES, "sales", "sales.csv", 100, List.of(
                new ColumnProfile("region", "region", ColumnType.STRING, 0, 2, null, null, List.of(new ValueCount("North", 50), new ValueCount("South", 50))),
                new ColumnProfile("net_revenue_eur", "net revenue eur", ColumnType.DECIMAL, 0, 90, "1", "900", List.of()),
                new ColumnProfile("units", "units", ColumnType.INTEGER, 0, 20, "1", "40", List.of()),
                new ColumnProfile("returned_units", "returned units", ColumnType.INTEGER, 0, 5, "0", "4", List.of())),
                List.of(new Measure("sales__count", "number of sales", SALES, Aggregation.COUNT, null, null, null, List.of("sales", "count")),
                        new Measure("sales__total_net_revenue_eur", "total net revenue eur", SALES, Aggregation.SUM, "net_revenue_eur", null, "EUR", List.of()),
                        new Measure("sales__average_net_revenue_eur", "average net revenue eur", SALES, Aggregation.AVERAGE, "net_revenue_eur", null, "EUR", List.of()),
                        new Measure("sales__total_units", "total units", SALES, Aggregation.SUM, "units", null, null, List.of()),
                        new Measure("sales__total_returned_units", "total returned units", SALES, Aggregation.SUM, "returned_units", null, null, List.of())),
                List.of(new Dimension("region", "region", SALES, "region", false, List.of())));
        return new Catalog(1, Instant.parse("2024-07-01T00:00:00Z"), List.of(sales), List.of(), Map.of());
    }
}
