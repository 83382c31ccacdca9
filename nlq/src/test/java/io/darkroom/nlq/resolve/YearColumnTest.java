package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A year in a question filters a table's whole-number year column when the table has no date column. */
class YearColumnTest {
    private static final String RESULTS = "datasets/results";
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new PlainTokens(), LocalDate.of(2024, 6, 30));

    private static Catalog catalog(boolean withDate) {
        List<ColumnProfile> columns = new ArrayList<>(List.of(
                new ColumnProfile("year", "year", ColumnType.INTEGER, 0, 20, "1995", "2014", List.of()),
                new ColumnProfile("victor", "victor", ColumnType.STRING, 0, 2, null, null,
                        List.of(new ValueCount("New Zealand", 10), new ValueCount("Australia", 10)))));
        if (withDate) {
            columns.add(new ColumnProfile("played_on", "played on", ColumnType.DATE, 0, 20, "1995-01-01", "2014-12-31", List.of()));
        }
        CatalogTable results = new CatalogTable(RESULTS, "results", "results.csv", 20, columns,
                List.of(new Measure("results__count", "number of results", RESULTS, Aggregation.COUNT, null, null, null, List.of("results", "count"))),
                List.of());
        return new Catalog(1, Instant.parse("2024-07-01T00:00:00Z"), List.of(results), List.of(), Map.of());
    }

    private Resolution resolve(Catalog c, String q) {
        return new CatalogResolver(new CatalogIndex(c)).resolve(analyzer.analyze(q));
    }

    @Test
    void aYearFiltersTheYearColumnOfATableWithoutDates() {
        Catalog c = catalog(false);
        Resolution r = resolve(c, "how many games did new zealand win in 2010");
        assertThat(r.question().dates()).isEmpty();
        assertThat(r.matches()).flatExtracting(Match::targets).filteredOn(t -> t instanceof Target.ValueTarget)
                .extracting(t -> ((Target.ValueTarget) t).column() + "=" + ((Target.ValueTarget) t).value())
                .containsExactly("victor=New Zealand", "year=2010");
        QueryPlan p = new Planner(c, null, Clock.systemUTC()).plan(r, null);
        assertThat(p).isInstanceOf(QueryPlan.Aggregate.class);
        assertThat(p.scope().conditions()).extracting(x -> x.column().column() + " " + x.values())
                .containsExactlyInAnyOrder("victor [New Zealand]", "year [2010]");
    }

    @Test
    void aYearOutsideTheColumnsRangeStaysADatePhrase() {
        assertThat(resolve(catalog(false), "how many games did new zealand win in 1980").question().dates()).hasSize(1);
    }

    @Test
    void aTableWithADateColumnKeepsTheYearAsADateFilter() {
        Resolution r = resolve(catalog(true), "how many games did new zealand win in 2010");
        assertThat(r.question().dates()).hasSize(1);
        assertThat(r.matches()).flatExtracting(Match::targets).noneMatch(t -> t instanceof Target.ValueTarget v && v.column().equals("year"));
    }
}
