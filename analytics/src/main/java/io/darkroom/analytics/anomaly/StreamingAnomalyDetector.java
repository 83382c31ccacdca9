package io.darkroom.analytics.anomaly;

import io.darkroom.core.DarkroomException;

import java.util.Objects;
import java.util.Optional;

/**
 * Causal anomaly detection, one value at a time: the decision about the value at time t uses only values up to t
 * (monitoring, and NAB-style evaluation, which rewards early alarms).
 *
 * <p>Two expectations compete: the level (median of the last {@code window} values) and, once
 * {@code cycles} seasonal cycles have been seen, the level plus the median offset of the same phase in the past
 * cycles. Each keeps its own trailing window of residuals; the one with the smaller robust scale is used, so a
 * series that is not seasonal falls back to the level by itself. A value is anomalous when its residual exceeds
 * the threshold in robust standard deviations; after an alarm the detector stays quiet for {@code refractory}
 * points. Not thread-safe: one instance per series.
 */
public final class StreamingAnomalyDetector {
    private final StreamingOptions options;
    private final int period;
    private final int window;
    private final int refractory;
    private final double[] values;   // ring: the last period * cycles values
    private final double[] levels;   // ring: the level expected at each of those points
    private final Ring recent;
    private final Ring plainResiduals;
    private final Ring seasonalResiduals;
    private final double[] scratch;
    private int count;
    private long lastAlarm = Long.MIN_VALUE / 2;

    /**
     * @param seasonalPeriod points per seasonal cycle (288 for a day of 5-minute points), 0 or 1 for none
     */
    public StreamingAnomalyDetector(StreamingOptions options, int seasonalPeriod) {
        this.options = Objects.requireNonNull(options, "options");
        if (seasonalPeriod < 0) {
            throw DarkroomException.userInput("Cannot detect anomalies with seasonal period " + seasonalPeriod
                    + ": a period counts points per cycle; use 0 for none");
        }
        this.period = seasonalPeriod >= 2 ? seasonalPeriod : 0;
        this.window = options.window() > 0 ? options.window() : period > 0 ? period : StreamingOptions.DEFAULT_WINDOW;
        this.refractory = options.refractory() > 0 ? options.refractory() : window;
        int memory = Math.max(1, period * options.cycles());
        this.values = new double[memory];
        this.levels = new double[memory];
        this.recent = new Ring(window);
        this.plainResiduals = new Ring(window);
        this.seasonalResiduals = new Ring(window);
        this.scratch = new double[Math.max(window, options.cycles())];
    }

    /**
     * Takes the next value; returns an anomaly (indexed by arrival order, from 0) when it is one.
     *
     * @throws DarkroomException when the value is NaN or infinite
     */
    public Optional<AnomalyPoint> observe(double value) {
        if (!Double.isFinite(value)) {
            throw DarkroomException.userInput("Cannot detect anomalies in a stream: value number " + count + " is "
                    + value + "; drop or fill missing values before detection");
        }
        int t = count;
        double level = recent.size() == 0 ? value : recent.median(scratch);
        double seasonal = seasonalExpectation(t, level);

        boolean useSeasonal = !Double.isNaN(seasonal) && seasonalResiduals.size() >= window / 2
                && seasonalResiduals.sigma(scratch) < plainResiduals.sigma(scratch);
        double expected = useSeasonal ? seasonal : level;
        double scale = (useSeasonal ? seasonalResiduals : plainResiduals).sigma(scratch);
        double floor = 1e-9 * (1 + Math.abs(expected));
        double severity = Math.abs(value - expected) / Math.max(scale, floor);

        // Update state after the decision inputs are fixed: causal by construction.
        if (recent.size() > 0) {
            plainResiduals.add(value - level);
        }
        if (!Double.isNaN(seasonal)) {
            seasonalResiduals.add(value - seasonal);
        }
        recent.add(value);
        if (period > 0) {
            values[t % values.length] = value;
            levels[t % levels.length] = level;
        }
        count++;

        boolean warm = plainResiduals.size() >= window;
        if (!warm || severity <= options.threshold() || t - lastAlarm <= refractory) {
            return Optional.empty();
        }
        lastAlarm = t;
        double band = options.threshold() * Math.max(scale, floor);
        return Optional.of(new AnomalyPoint(t, value, expected, expected - band, expected + band, severity));
    }

    /** Level plus the median same-phase offset of the past cycles; NaN until {@code cycles} cycles are seen. */
    private double seasonalExpectation(int t, double level) {
        if (period == 0 || t < period * options.cycles()) {
            return Double.NaN;
        }
        double[] offsets = new double[options.cycles()];
        for (int k = 1; k <= options.cycles(); k++) {
            int past = (t - k * period) % values.length;
            offsets[k - 1] = values[past] - levels[past];
        }
        return level + Robust.median(offsets);
    }

    /** A fixed-size trailing window of doubles. */
    private static final class Ring {
        private final double[] data;
        private int size;
        private int next;

        Ring(int capacity) {
            this.data = new double[capacity];
        }

        void add(double v) {
            data[next] = v;
            next = (next + 1) % data.length;
            size = Math.min(size + 1, data.length);
        }

        int size() {
            return size;
        }

        double median(double[] buffer) {
            System.arraycopy(data, 0, buffer, 0, size);
            return Robust.medianInPlace(buffer, size);
        }

        double sigma(double[] buffer) {
            System.arraycopy(data, 0, buffer, 0, size);
            return Robust.sigmaInPlace(buffer, size);
        }
    }

    @Override
    public String toString() {
        return "StreamingAnomalyDetector[period=" + period + ", window=" + window + ", refractory=" + refractory
                + ", " + options + "]";
    }

}
