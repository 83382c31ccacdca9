package io.darkroom.analytics.forecast;

import io.darkroom.core.DarkroomException;

import java.io.Serializable;

/**
 * Settings of the forecast engine.
 *
 * @param maxOrigins        most rolling backtest origins per series (more: steadier choice and intervals, slower)
 * @param globalModel       whether {@link ForecastEngine#forecastAll} also trains the cross-series GBT candidate
 * @param gbtTrainingRows   most training rows (series × origin × step) the GBT sees; rows are sampled evenly across series
 * @param gbtIterations     boosting rounds
 * @param gbtDepth          tree depth
 */
public record ForecastConfig(int maxOrigins, boolean globalModel, int gbtTrainingRows, int gbtIterations, int gbtDepth)
        implements Serializable {
    public ForecastConfig {
        check(maxOrigins >= 1 && maxOrigins <= 100, "max-origins", maxOrigins, "between 1 and 100");
        check(gbtTrainingRows >= 100, "gbt-training-rows", gbtTrainingRows, "at least 100");
        check(gbtIterations >= 1, "gbt-iterations", gbtIterations, "at least 1");
        check(gbtDepth >= 1 && gbtDepth <= 30, "gbt-depth", gbtDepth, "between 1 and 30");
    }

    public static ForecastConfig defaults() {
        return new ForecastConfig(12, true, 40_000, 40, 5);
    }

    public ForecastConfig withGlobalModel(boolean enabled) {
        return new ForecastConfig(maxOrigins, enabled, gbtTrainingRows, gbtIterations, gbtDepth);
    }

    private static void check(boolean ok, String key, int value, String rule) {
        if (!ok) {
            throw new DarkroomException(io.darkroom.core.ErrorCode.INVALID_CONFIG,
                    "Cannot configure forecasts: forecast." + key + " is " + value + "; use a value " + rule);
        }
    }
}
