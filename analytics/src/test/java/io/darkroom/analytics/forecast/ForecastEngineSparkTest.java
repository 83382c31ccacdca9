package io.darkroom.analytics.forecast;

import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastEngineSparkTest {
    static List<TimeSeries> series() {
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TimeSeries invoices = SyntheticSeries.invoices(36 + 6 * i, i);
            series.add(new TimeSeries("invoices-" + i, invoices.periods(), invoices.values(), 12));
        }
        series.add(TimeSeries.of("noise", SyntheticSeries.noise(48, 300, 20, 9), 12));
        series.add(TimeSeries.of("short", new double[] {4, 5, 6}, 12));
        return series;
    }

    @Test
    void forecastAllWithoutTheGlobalModelEqualsForecastingEachSeriesAlone() {
        SparkSession spark = SharedSpark.session();
        ForecastEngine engine = new ForecastEngine(ForecastConfig.defaults().withGlobalModel(false));
        List<TimeSeries> series = series();
        List<SeriesForecast> all = engine.forecastAll(spark, series, 12, 0.8);
        assertThat(all).hasSize(series.size());
        for (int i = 0; i < series.size(); i++) {
            assertThat(all.get(i)).isEqualTo(engine.forecast(series.get(i), 12, 0.8));
        }
    }
}
