/**
 * Anomalies in one measure's time series: {@link io.darkroom.analytics.anomaly.SeriesAnomalyDetector}
 * (a whole series at day/week/month grain: robust seasonal-trend decomposition, one anomaly per event),
 * {@link io.darkroom.analytics.anomaly.StreamingAnomalyDetector} (causal, one value at a time, for
 * monitoring-style series) and {@link io.darkroom.analytics.anomaly.RollingZScoreDetector}, the plain
 * baseline both are measured against. Pure Java: the caller aggregates the series (through
 * {@code MeasureFold}) and adds the root cause.
 */
package io.darkroom.analytics.anomaly;
