package io.darkroom.analytics.anomaly;

/**
 * A change of level that lasts: the series moved from {@code before} to {@code after} at {@code start} and stayed
 * there until {@code end}. Reported once, at its start (and as one {@link AnomalyPoint} there), rather than as
 * one anomaly per affected period.
 *
 * @param start    first index at the new level
 * @param end      first index back at the old level (exclusive); the series length when it has not come back
 * @param before   typical value just before {@code start} (the model's expectation there)
 * @param after    median observed value over [start, end)
 * @param severity |after - before| in robust standard deviations of the residuals
 */
public record LevelShift(int start, int end, double before, double after, double severity) {
    public LevelShift {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Cannot report a level shift over [" + start + ", " + end
                    + "): it needs 0 <= start < end");
        }
        if (!(severity >= 0)) {
            throw new IllegalArgumentException("Cannot report a level shift with severity " + severity);
        }
    }

    public int length() {
        return end - start;
    }
}
