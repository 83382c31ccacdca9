package io.darkroom.analytics.anomaly;

/**
 * The textbook baseline: a value is anomalous when it is more than {@code threshold} standard deviations from the
 * mean of the previous {@code window} values. Causal, no season, no robustness, no refractory period: what the
 * other detectors here must beat. Not thread-safe.
 */
public final class RollingZScoreDetector {
    private final int window;
    private final double threshold;
    private final double[] ring;
    private int size;
    private int next;
    private double sum;
    private double sumOfSquares;

    public RollingZScoreDetector(int window, double threshold) {
        if (window < 2 || !(threshold > 0)) {
            throw new IllegalArgumentException("Cannot configure a rolling z-score: window must be at least 2 and "
                    + "threshold positive, got " + window + " and " + threshold);
        }
        this.window = window;
        this.threshold = threshold;
        this.ring = new double[window];
    }

    /** Judges the value against the window before it, then adds it. True when it is an anomaly. */
    public boolean observe(double value) {
        boolean anomaly = false;
        if (size == window) {
            double mean = sum / size;
            double variance = Math.max(0, sumOfSquares / size - mean * mean);
            double sd = Math.sqrt(variance);
            anomaly = sd > 0 ? Math.abs(value - mean) > threshold * sd : value != mean;
            sum -= ring[next];
            sumOfSquares -= ring[next] * ring[next];
        }
        ring[next] = value;
        sum += value;
        sumOfSquares += value * value;
        next = (next + 1) % window;
        size = Math.min(size + 1, window);
        return anomaly;
    }
}
