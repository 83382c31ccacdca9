package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SemanticRulesTest {
    private final SemanticRules rules = new SemanticRules();

    @Test
    void scoresRatingsAndSharesAreOfferedAsAveragesOnlyAndTheBareNameMeansTheAverage() {
        List<ColumnProfile> columns = List.of(
                new ColumnProfile("sentiment", "sentiment", ColumnType.DECIMAL, 0.1, 1940, "-0.99", "0.96", List.of()),
                new ColumnProfile("share_of_revenue_pct", "share of revenue (%)", ColumnType.DECIMAL, 0, 124, "0.000", "0.800", List.of()),
                new ColumnProfile("rating", "rating", ColumnType.INTEGER, 0, 5, "1", "5", List.of()),
                new ColumnProfile("amount", "amount", ColumnType.DECIMAL, 0.4, 913, "89.50", "3949000.00", List.of()));
        List<Measure> measures = rules.measures("facts", "documents", 2164, columns, Map.of("amount", "EUR"));

        assertThat(measures).filteredOn(m -> m.aggregation() == Aggregation.SUM).extracting(Measure::column).containsExactly("amount");
        assertThat(measures).filteredOn(m -> m.aggregation() == Aggregation.AVERAGE).extracting(Measure::column)
                .containsExactly("sentiment", "share_of_revenue_pct", "rating", "amount");
        Measure sentiment = measures.stream().filter(m -> "sentiment".equals(m.column())).findFirst().orElseThrow();
        assertThat(sentiment.label()).isEqualTo("average sentiment");
        assertThat(sentiment.synonyms()).contains("sentiment");
        Measure amount = measures.stream().filter(m -> m.aggregation() == Aggregation.AVERAGE && "amount".equals(m.column())).findFirst().orElseThrow();
        assertThat(amount.synonyms()).doesNotContain("amount");
    }
}
