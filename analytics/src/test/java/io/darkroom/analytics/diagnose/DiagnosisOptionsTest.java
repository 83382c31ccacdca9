package io.darkroom.analytics.diagnose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagnosisOptionsTest {
    @Test
    void defaultsArePinned() {
        assertThat(DiagnosisOptions.defaults()).isEqualTo(new DiagnosisOptions(3, 0.2, 5, 50, 10));
    }

    @Test
    void aTreeCannotBeDeeperThanASegmentHasConditions() {
        assertThatThrownBy(() -> DiagnosisOptions.defaults().withMaxDepth(4))
                .hasMessage("Cannot use max-depth 4: it must be 1 to 3; a tree node is a segment of at most that many conditions");
    }

    @Test
    void fewerValuesKeptThanListedIsRejected() {
        assertThatThrownBy(() -> DiagnosisOptions.defaults().withMaxValuesPerDimension(4))
                .hasMessage("Cannot keep 4 values per dimension: it must be at least top-segments (5)");
    }

    @Test
    void aShareToDrillOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new DiagnosisOptions(3, 1.5, 5, 50, 10))
                .hasMessage("Cannot use min-share-to-drill 1.5: it must be 0 to 1");
    }
}
