package io.darkroom.analytics.forecast;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastAccuracyTest {
    private static final Path M4 = Path.of(System.getProperty("darkroom.shared.data", "../../shared/data"), "forecast-series", "m4");

    @Test
    void smapeIsTheMeanOf200AbsoluteErrorOverTheSumOfAbsoluteValues() {
        // 200*10/210 = 9.5238 and 200*20/380 = 10.5263
        assertThat(ForecastAccuracy.smape(new double[] {100, 200}, new double[] {110, 180})).isCloseTo(10.0251, within(1e-4));
        assertThat(ForecastAccuracy.smape(new double[] {0, 0}, new double[] {0, 0})).isZero();
    }

    @Test
    void maseDividesTheMaeByTheInSampleSeasonalNaiveMae() {
        double[] insample = {1, 3, 2, 5, 4, 8};
        // m = 1: mean(|2|,|1|,|3|,|1|,|4|) = 2.2; m = 2: mean(|1|,|2|,|2|,|3|) = 2
        assertThat(ForecastAccuracy.naiveScale(insample, 1)).isCloseTo(2.2, within(1e-12));
        assertThat(ForecastAccuracy.naiveScale(insample, 2)).isCloseTo(2.0, within(1e-12));
        assertThat(ForecastAccuracy.mase(insample, new double[] {9, 7}, new double[] {8, 8}, 2)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void coverageCountsActualsInsideTheBoundsInclusive() {
        assertThat(ForecastAccuracy.coverage(new double[] {1, 5, 10, 3}, new double[] {0, 5, 0, 4}, new double[] {2, 6, 9, 8}))
                .isEqualTo(0.5);
    }

    @Test
    void recomputesThePublishedNaiveScoresOfM4Weekly() throws IOException {
        Path train = M4.resolve("Weekly-train.csv");
        Assumptions.assumeTrue(Files.exists(train), "M4 weekly not found under " + M4 + " (set -Ddarkroom.shared.data): skipping");
        List<double[]> insample = wide(train);
        List<double[]> actual = wide(M4.resolve("Weekly-test.csv"));
        double smape = 0;
        double mase = 0;
        for (int i = 0; i < insample.size(); i++) {
            double[] f = new ForecastModel.Naive().forecast(insample.get(i), 1, 13);
            smape += ForecastAccuracy.smape(actual.get(i), f) / insample.size();
            mase += ForecastAccuracy.mase(insample.get(i), actual.get(i), f, 1) / insample.size();
        }
        assertThat(insample).hasSize(359);
        // published (M4 Evaluation and Ranks, Naive): sMAPE 9.161, MASE 2.777
        assertThat(smape).isCloseTo(9.161, within(0.0005));
        assertThat(mase).isCloseTo(2.777, within(0.0005));
    }

    /** An M4 wide CSV: quoted id then values, rows padded with empty cells. */
    private static List<double[]> wide(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> Arrays.stream(line.replace("\"", "").split(","))
                .skip(1).filter(cell -> !cell.isBlank()).mapToDouble(Double::parseDouble).toArray()).toList();
    }
}
