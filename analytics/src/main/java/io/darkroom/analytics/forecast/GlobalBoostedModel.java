package io.darkroom.analytics.forecast;

import org.apache.spark.sql.SparkSession;

import java.util.List;

/** Placeholder until the cross-series GBT lands. */
final class GlobalBoostedModel {
    GlobalBoostedModel(ForecastConfig config) {
    }

    List<SeriesCandidates> addCandidates(SparkSession spark, List<TimeSeries> series, List<SeriesCandidates> candidates, int horizon) {
        return candidates;
    }
}
