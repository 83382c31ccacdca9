package io.darkroom.nlq.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    @Test
    void keysFoldCaseAccentsAndPlurals() {
        assertThat(Words.key("shipCountry")).isEqualTo("ship country");
        assertThat(Words.key("México D.F.")).isEqualTo("mexico d f");
        assertThat(Words.key("Categories")).isEqualTo("category");
    }

    @Test
    void distanceCountsASwapAsOneTypo() {
        assertThat(Words.distance("frieght", "freight", 2)).isEqualTo(1);
        assertThat(Words.distance("custmer", "customer", 2)).isEqualTo(1);
        assertThat(Words.distance("germany", "norway", 1)).isEqualTo(2);
        assertThat(Words.tolerance(4)).isZero();
        assertThat(Words.tolerance(5)).isEqualTo(1);
        assertThat(Words.tolerance(9)).isEqualTo(2);
    }
}
