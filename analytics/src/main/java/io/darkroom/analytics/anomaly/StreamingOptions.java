package io.darkroom.analytics.anomaly;

/**
 * Settings of {@link StreamingAnomalyDetector}.
 *
 * @param threshold  robust z above which a value is anomalous. Default 5: monitoring series (CPU, latency, request
 *                   counts) are heavy-tailed, and at 3.5 a day of 5-minute points would alert every day; 5 is one
 *                   global value, not tuned per series
 * @param window     points in the trailing level and residual-scale windows; 0 (default) uses the seasonal period
 *                   (one day of points for daily seasonality), or 96 without one
 * @param refractory points after an alarm during which no new alarm is raised (the same incident is not reported
 *                   twice); 0 (default) uses {@code window}
 * @param cycles     past seasonal cycles whose same-phase offsets are combined (median) into the seasonal expectation
 */
public record StreamingOptions(double threshold, int window, int refractory, int cycles) {
    public static final double DEFAULT_THRESHOLD = 5.0;
    static final int DEFAULT_WINDOW = 96;

    public StreamingOptions {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("Cannot configure streaming anomalies: threshold must be a positive "
                    + "number, got " + threshold);
        }
        if (window < 0 || refractory < 0) {
            throw new IllegalArgumentException("Cannot configure streaming anomalies: window and refractory must be 0 "
                    + "(auto) or more, got " + window + " and " + refractory);
        }
        if (cycles < 1) {
            throw new IllegalArgumentException("Cannot configure streaming anomalies: cycles must be at least 1, got "
                    + cycles);
        }
    }

    public static StreamingOptions defaults() {
        return new StreamingOptions(DEFAULT_THRESHOLD, 0, 0, 3);
    }

    public StreamingOptions withThreshold(double newThreshold) {
        return new StreamingOptions(newThreshold, window, refractory, cycles);
    }
}
