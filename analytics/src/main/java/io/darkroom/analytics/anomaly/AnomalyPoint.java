package io.darkroom.analytics.anomaly;

/**
 * One anomaly: the value at {@code index} and what the detector expected there.
 *
 * @param index    position in the series (0-based); for an episode (level shift, sustained deviation) its first point
 * @param observed the value at {@code index}
 * @param expected the value the seasonal and trend model predicts at {@code index} without using that value
 * @param lower    lower end of the normal band ({@code expected} minus threshold robust standard deviations)
 * @param upper    upper end of the normal band
 * @param severity robust z-score: |residual| / (1.4826 * MAD of the residuals), comparable across series;
 *                 for an episode the largest over the episode
 */
public record AnomalyPoint(int index, double observed, double expected, double lower, double upper, double severity) {
    public AnomalyPoint {
        if (index < 0) {
            throw new IllegalArgumentException("Cannot report an anomaly at index " + index + ": indexes start at 0");
        }
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("Cannot report an anomaly with band [" + lower + ", " + upper
                    + "]: lower must not exceed upper");
        }
        if (!(severity >= 0)) {
            throw new IllegalArgumentException("Cannot report an anomaly with severity " + severity
                    + ": it is an absolute robust z-score");
        }
    }

    /** True when the value is above what was expected (a spike or a rise), false for a dip or a drop. */
    public boolean above() {
        return observed > expected;
    }
}
