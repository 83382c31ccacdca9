package io.darkroom.bench.anomaly;

import io.darkroom.analytics.anomaly.WindowScore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NabSeriesTest {
    private static final Path NAB = Path.of(System.getProperty("darkroom.shared.data", "../shared/data"),
            "anomaly-benchmark", "NAB");

    @Test
    void readsNycTaxiWithItsFiveWindowsAsRowIndexes() {
        Assumptions.assumeTrue(Files.isDirectory(NAB), "NAB not found at " + NAB + " (set -Ddarkroom.shared.data); skipping");

        NabSeries taxi = NabSeries.read(NAB, "realKnownCause/nyc_taxi.csv");

        assertThat(taxi.values()).hasSize(10320);
        assertThat(taxi.values()[0]).isEqualTo(10844);
        assertThat(taxi.subset()).isEqualTo("realKnownCause");
        assertThat(taxi.pointsPerDay()).isEqualTo(48);
        assertThat(taxi.probation()).isEqualTo(750);
        assertThat(taxi.windows()).containsExactly(new WindowScore.Window(5839, 6045), new WindowScore.Window(7080, 7286),
                new WindowScore.Window(8423, 8629), new WindowScore.Window(8731, 8937),
                new WindowScore.Window(9977, 10183));
    }
}
