package io.darkroom.analytics.forecast;

import io.darkroom.core.DarkroomException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * Forecasts measures: backtests every candidate model on each series at rolling origins, keeps the
 * one with the lowest MASE, and puts an interval around its forecast from its own backtest errors.
 * {@link #forecast} does one series in plain Java (milliseconds for a few dozen points);
 * {@link #forecastAll} does many on Spark and adds a gradient-boosted model trained across them.
 */
public final class ForecastEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ForecastEngine.class);
    private static final int MAX_HORIZON = 10_000;

    private final ForecastConfig config;

    public ForecastEngine(ForecastConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The next {@code horizon} values of one series with a {@code coverage} (e.g. 0.8) interval; per-series models only. */
    public SeriesForecast forecast(TimeSeries series, int horizon, double coverage) {
        check(horizon, coverage);
        return ClassicalBacktest.evaluate(series, horizon, config.maxOrigins(), ForecastModel.candidates()).choose(coverage);
    }

    /**
     * Forecasts every series, the per-series models in parallel on Spark, plus (when configured) one
     * GBT trained on all of them as a further candidate. Results are in the order of {@code series}.
     */
    public List<SeriesForecast> forecastAll(SparkSession spark, List<TimeSeries> series, int horizon, double coverage) {
        check(horizon, coverage);
        if (series.isEmpty()) {
            return List.of();
        }
        int maxOrigins = config.maxOrigins();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.min(series.size(), 4 * jsc.defaultParallelism());
        List<SeriesCandidates> candidates = jsc.parallelize(series, slices)
                .map(s -> ClassicalBacktest.evaluate(s, horizon, maxOrigins, ForecastModel.candidates()))
                .collect();
        if (config.globalModel()) {
            candidates = new GlobalBoostedModel(config).addCandidates(spark, series, candidates, horizon);
        }
        LOG.info("Forecast {} series, horizon {}", series.size(), horizon);
        return candidates.stream().map(c -> c.choose(coverage)).toList();
    }

    private static void check(int horizon, double coverage) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw DarkroomException.userInput("Cannot forecast: horizon " + horizon + " is out of range; ask for 1 to "
                    + MAX_HORIZON + " periods");
        }
        if (!(coverage > 0 && coverage < 1)) {
            throw DarkroomException.userInput("Cannot forecast: interval coverage " + coverage
                    + " is not between 0 and 1; use e.g. 0.8 for an 80 % interval");
        }
    }
}
