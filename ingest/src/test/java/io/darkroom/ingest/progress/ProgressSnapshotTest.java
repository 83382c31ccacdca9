package io.darkroom.ingest.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressSnapshotTest {
    @Test
    void ratesAndEtaFollowBytesDoneSoFar() {
        ProgressSnapshot s = new ProgressSnapshot(50, 200, 25_000_000, 100_000_000, 3, 10_000, false);

        assertThat(s.filesPerSecond()).isCloseTo(5.0, within(1e-9));
        assertThat(s.megabytesPerSecond()).isCloseTo(2.5, within(1e-9));
        assertThat(s.etaSeconds()).isEqualTo(30);
        assertThat(s.fraction()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void etaIsUnknownBeforeTheFirstFileAndNothingToDoIsDone() {
        assertThat(new ProgressSnapshot(0, 10, 0, 100, 0, 500, false).etaSeconds()).isEqualTo(-1);
        assertThat(new ProgressSnapshot(0, 0, 0, 0, 0, 0, true).fraction()).isEqualTo(1.0);
    }

    @Test
    void aLineShowsTheBarCountsRatesEtaAndFailures() {
        assertThat(ProgressLine.render(new ProgressSnapshot(50, 200, 25_000_000, 100_000_000, 3, 10_000, false)))
                .isEqualTo("[######..................] 50/200 files · 5.0 files/s · 2.5 MB/s · ETA 30s · 3 failed");
        assertThat(ProgressLine.duration(3725)).isEqualTo("1h02m");
    }
}
