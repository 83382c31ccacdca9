package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ValueNormalizersTest {
    @Test
    void moneyInEveryCommonWritingBecomesDecimalAndIsoCurrency() {
        assertThat(MoneyNormalizer.parse("EUR 12,480.00")).contains(new Money(new BigDecimal("12480.00"), "EUR"));
        assertThat(MoneyNormalizer.parse("$1.2 million")).contains(new Money(new BigDecimal("1200000"), "USD"));
        assertThat(MoneyNormalizer.parse("€ 5.000,00")).contains(new Money(new BigDecimal("5000.00"), "EUR"));
        assertThat(MoneyNormalizer.parse("12.480,50 EUR")).contains(new Money(new BigDecimal("12480.50"), "EUR"));
        assertThat(MoneyNormalizer.parse("3,000 euros")).contains(new Money(new BigDecimal("3000"), "EUR"));
        assertThat(MoneyNormalizer.parse("£250")).contains(new Money(new BigDecimal("250"), "GBP"));
        assertThat(MoneyNormalizer.parse("CHF 1'250.50")).contains(new Money(new BigDecimal("1250.50"), "CHF"));
        assertThat(MoneyNormalizer.parse("USD 2.5bn")).contains(new Money(new BigDecimal("2500000000"), "USD"));
    }

    @Test
    void moneyIsFoundInTextWithOffsetsAndNotInsideOtherWords() {
        String text = "Total due: EUR 12,480.00 (VAT EUR 1,992.61). Ref INV2024, budget 5 EURO? no.";
        assertThat(MoneyNormalizer.find(text)).extracting(f -> text.substring(f.begin(), f.end()))
                .containsExactly("EUR 12,480.00", "EUR 1,992.61", "5 EURO");
        assertThat(new Money(new BigDecimal("12480"), "EUR").normalized()).isEqualTo("EUR 12480.00");
    }

    @Test
    void percentIsAFraction() {
        assertThat(PercentNormalizer.parse("12.5%")).contains(new BigDecimal("0.125"));
        assertThat(PercentNormalizer.parse("15 percent")).contains(new BigDecimal("0.15"));
        assertThat(PercentNormalizer.parse("7,5 %")).contains(new BigDecimal("0.075"));
    }

    @Test
    void datesComeFromSutimeValuesOrUnambiguousWriting() {
        assertThat(DateNormalizer.fromTimex("2024-03-15")).contains(LocalDate.of(2024, 3, 15));
        assertThat(DateNormalizer.fromTimex("2024-03-15T10:00")).contains(LocalDate.of(2024, 3, 15));
        assertThat(DateNormalizer.fromTimex("2024-03")).isEmpty();
        assertThat(DateNormalizer.parse("15 March 2024")).contains(LocalDate.of(2024, 3, 15));
        assertThat(DateNormalizer.parse("March 15th, 2024")).contains(LocalDate.of(2024, 3, 15));
        assertThat(DateNormalizer.parse("15.03.2024")).contains(LocalDate.of(2024, 3, 15));
        assertThat(DateNormalizer.parse("03/15/2024")).contains(LocalDate.of(2024, 3, 15));
        assertThat(DateNormalizer.parse("03/04/2024")).as("day and month could swap").isEmpty();
    }
}
