package io.darkroom.core.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnProfileTest {
    private static ColumnProfile number(String name, ColumnType type, String min, String max) {
        return new ColumnProfile(name, name.replace('_', ' '), type, 0, 100, min, max, List.of());
    }

    @Test
    void scoresBoundedByOneAreNotAdditiveWhateverTheirName() {
        // The facts' sentiment: length-weighted sentence sentiment in [-1, 1].
        assertThat(number("sentiment", ColumnType.DECIMAL, "-0.9916", "0.9566").additive()).isFalse();
        assertThat(number("tone", ColumnType.DECIMAL, "0.02", "0.97").additive()).isFalse();
        assertThat(number("share_of_revenue", ColumnType.DECIMAL, "0.000", "0.800").additive()).isFalse();
    }

    @Test
    void levelWordsInTheNameMakeAColumnNotAdditiveAtAnyRange() {
        assertThat(number("customer_rating", ColumnType.INTEGER, "1", "5").additive()).isFalse();
        assertThat(number("conversion_rate", ColumnType.DECIMAL, "0", "35.5").additive()).isFalse();
        assertThat(number("margin_pct", ColumnType.DECIMAL, "-12", "48").additive()).isFalse();
        assertThat(number("NPS score", ColumnType.INTEGER, "-100", "100").additive()).isFalse();
        assertThat(new ColumnProfile("growth", "growth (%)", ColumnType.DECIMAL, 0, 9, "-3", "14", List.of()).additive()).isFalse();
    }

    @Test
    void quantitiesAndZeroOneFlagsStayAdditive() {
        assertThat(number("amount", ColumnType.DECIMAL, "89.50", "3949000.00").additive()).isTrue();
        assertThat(number("quantity", ColumnType.INTEGER, "1", "40").additive()).isTrue();
        assertThat(number("is_refund", ColumnType.INTEGER, "0", "1").additive()).isTrue();
        // "accurate" contains "rate" but is not the word: only whole words count.
        assertThat(number("accurate_units", ColumnType.INTEGER, "0", "900").additive()).isTrue();
        assertThat(new ColumnProfile("region", "region", ColumnType.STRING, 0, 3, null, null, List.of()).additive()).isFalse();
    }

    @Test
    void uniqueWhenDistinctValuesCoverTheFilledRows() {
        ColumnProfile key = new ColumnProfile("customer_id", "customer id", ColumnType.STRING, 0.0, 91, null, null, List.of());
        assertThat(key.uniqueIn(91)).isTrue();
        // 8 products over 288 rows of a product-by-month sheet: joining to it repeats rows 36 times.
        ColumnProfile product = new ColumnProfile("product", "product", ColumnType.STRING, 0.0, 8, null, null, List.of());
        assertThat(product.uniqueIn(288)).isFalse();
        // Half the rows empty, every filled one distinct: still a key.
        ColumnProfile sparse = new ColumnProfile("vat_id", "vat id", ColumnType.STRING, 0.5, 50, null, null, List.of());
        assertThat(sparse.uniqueIn(100)).isTrue();
        // One duplicate in 10: not a key.
        assertThat(new ColumnProfile("k", "k", ColumnType.STRING, 0.0, 9, null, null, List.of()).uniqueIn(10)).isFalse();
    }
}
