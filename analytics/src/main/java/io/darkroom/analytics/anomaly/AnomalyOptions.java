package io.darkroom.analytics.anomaly;

/**
 * Settings of {@link SeriesAnomalyDetector}.
 *
 * @param threshold            robust z above which a point is anomalous. Default 3.5: the cut-off Iglewicz and
 *                             Hoaglin recommend for modified z-scores; about 1 false alarm in 2,000 Gaussian points
 * @param minPoints            shorter series are not analysed (default 8: a trend window and a few residuals)
 * @param minSeasonalCycles    a seasonal period is used only when the series covers this many full cycles
 *                             (default 2: each phase then has a value from another cycle to compare with)
 * @param minSeasonalStrength  a seasonal term is kept only when it cuts the out-of-sample residual variance by this
 *                             share (default 0.2); below it the season is noise and would cause false alarms
 * @param trendHalfWindow      half width of the rolling-median trend, in points; 0 (default) picks half the seasonal
 *                             period, or 3 without one. Episodes shorter than this stay anomalies; longer ones become
 *                             level shifts
 */
public record AnomalyOptions(double threshold, int minPoints, int minSeasonalCycles, double minSeasonalStrength,
                             int trendHalfWindow) {
    public static final double DEFAULT_THRESHOLD = 3.5;

    public AnomalyOptions {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("Cannot configure anomalies: threshold must be a positive number, got "
                    + threshold);
        }
        if (minPoints < 5) {
            throw new IllegalArgumentException("Cannot configure anomalies: minPoints must be at least 5, got "
                    + minPoints);
        }
        if (minSeasonalCycles < 2) {
            throw new IllegalArgumentException("Cannot configure anomalies: minSeasonalCycles must be at least 2, got "
                    + minSeasonalCycles);
        }
        if (!(minSeasonalStrength >= 0 && minSeasonalStrength < 1)) {
            throw new IllegalArgumentException("Cannot configure anomalies: minSeasonalStrength must be in [0, 1), got "
                    + minSeasonalStrength);
        }
        if (trendHalfWindow < 0) {
            throw new IllegalArgumentException("Cannot configure anomalies: trendHalfWindow must be 0 (auto) or more, got "
                    + trendHalfWindow);
        }
    }

    public static AnomalyOptions defaults() {
        return new AnomalyOptions(DEFAULT_THRESHOLD, 8, 2, 0.2, 0);
    }

    public AnomalyOptions withThreshold(double newThreshold) {
        return new AnomalyOptions(newThreshold, minPoints, minSeasonalCycles, minSeasonalStrength, trendHalfWindow);
    }
}
