package io.darkroom.analytics.forecast;

import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalBoostedModelSparkTest {
    private static List<TimeSeries> series() {
        return ForecastEngineSparkTest.series();
    }

    @Test
    void theGlobalGbtIsBacktestedAsOneMoreCandidate() {
        SparkSession spark = SharedSpark.session();
        ForecastConfig config = new ForecastConfig(12, true, 5_000, 8, 4);
        List<TimeSeries> series = series();
        int horizon = 6;
        List<SeriesCandidates> classical = series.stream()
                .map(s -> ClassicalBacktest.evaluate(s, horizon, config.maxOrigins(), ForecastModel.candidates())).toList();
        List<SeriesCandidates> withGbt = new GlobalBoostedModel(config).addCandidates(spark, series, classical, horizon);

        Candidate gbt = withGbt.get(5).candidate(GlobalBoostedModel.NAME);
        assertThat(gbt.errors()).hasNumberOfRows(12);
        assertThat(gbt.point()).hasSize(horizon);
        // the seasonal pattern is learnt across series: December (step 6 from 2028-07) above July
        double[] point = gbt.point();
        assertThat(point[5]).isGreaterThan(1.3 * point[0]);
        assertThat(Double.isFinite(gbt.mase())).isTrue();
        // the 3-value series cannot be backtested, so it gets no GBT candidate
        assertThat(withGbt.get(7).candidates()).extracting(Candidate::model).containsExactly("naive");
        assertThat(withGbt).allSatisfy(c -> assertThat(Arrays.stream(c.choose(0.8).point()).allMatch(Double::isFinite)).isTrue());
    }
}
