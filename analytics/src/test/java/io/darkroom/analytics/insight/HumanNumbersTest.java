package io.darkroom.analytics.insight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HumanNumbersTest {
    @Test
    void moneyIsScaledWithItsCurrencySymbol() {
        assertThat(HumanNumbers.value(1_234_567, "EUR", false)).isEqualTo("€1.2 M");
        assertThat(HumanNumbers.value(18_245_124.65, "EUR", false)).isEqualTo("€18.2 M");
        assertThat(HumanNumbers.value(12_345, "EUR", false)).isEqualTo("€12.3 k");
        assertThat(HumanNumbers.value(950, "EUR", false)).isEqualTo("€950");
        assertThat(HumanNumbers.value(-2_500_000, "USD", false)).isEqualTo("-$2.5 M");
        assertThat(HumanNumbers.value(42, "kg", false)).isEqualTo("42 kg");
    }

    @Test
    void countsAreWholeNumbersWithThousandSeparators() {
        assertThat(HumanNumbers.value(2164, null, true)).isEqualTo("2,164");
        assertThat(HumanNumbers.value(9.4, null, true)).isEqualTo("9");
        assertThat(HumanNumbers.value(3_400_000, null, true)).isEqualTo("3.4 M");
    }

    @Test
    void smallDecimalsKeepTwoSignificantDigits() {
        assertThat(HumanNumbers.value(0.3312, null, false)).isEqualTo("0.331");
        assertThat(HumanNumbers.value(-0.25, null, false)).isEqualTo("-0.25");
        assertThat(HumanNumbers.value(3.11, null, false)).isEqualTo("3.11");
        assertThat(HumanNumbers.value(12.44, null, false)).isEqualTo("12.4");
    }

    @Test
    void changesAndRatiosReadAsWords() {
        assertThat(HumanNumbers.change(100, 114)).isEqualTo("up 14 %");
        assertThat(HumanNumbers.change(100, 97)).isEqualTo("down 3 %");
        assertThat(HumanNumbers.change(100, 100.2)).isEqualTo("unchanged");
        assertThat(HumanNumbers.change(0, 5)).isEqualTo("up from zero");
        assertThat(HumanNumbers.change(-0.5, -0.25)).isEqualTo("up 50 %");
        assertThat(HumanNumbers.times(3.44)).isEqualTo("3.4×");
        assertThat(HumanNumbers.times(2.0)).isEqualTo("2×");
        assertThat(HumanNumbers.times(14.6)).isEqualTo("15×");
        assertThat(HumanNumbers.percent(0.41)).isEqualTo("41 %");
        assertThat(HumanNumbers.percent(0.004)).isEqualTo("0.4 %");
    }

    @Test
    void missingNumbersReadAsNotAvailableInsteadOfFailingTheSentence() {
        assertThat(HumanNumbers.value(Double.NaN, "EUR", false)).isEqualTo("n/a");
        assertThat(HumanNumbers.percent(Double.NaN)).isEqualTo("n/a");
        assertThat(HumanNumbers.times(Double.NaN)).isEqualTo("n/a");
        assertThat(HumanNumbers.change(Double.NaN, 3)).isEqualTo("changed");
    }
}
