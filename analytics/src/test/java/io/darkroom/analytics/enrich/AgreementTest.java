package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {
    @Test
    void kappaDiscountsChanceAgreement() {
        Agreement perfect = Agreement.of(new int[]{0, 1, 2, 1}, new int[]{0, 1, 2, 1}, 3);
        assertThat(perfect.accuracy()).isEqualTo(1.0);
        assertThat(perfect.kappa()).isEqualTo(1.0);
        // Always predicting the majority class: 75 % accuracy, no skill.
        Agreement majority = Agreement.of(new int[]{1, 1, 1, 0}, new int[]{1, 1, 1, 1}, 3);
        assertThat(majority.accuracy()).isEqualTo(0.75);
        assertThat(majority.kappa()).isCloseTo(0.0, within(1e-9));
    }
}
