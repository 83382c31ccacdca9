package io.darkroom.analytics.forecast;

/**
 * Forecast accuracy with the M-competitions' definitions, so our numbers compare with published ones.
 * sMAPE is in percent (0-200); MASE divides the forecast MAE by the in-sample MAE of the seasonal
 * naive method with cycle m (m = 1: plain naive).
 */
public final class ForecastAccuracy {
    private ForecastAccuracy() {
    }

    /** mean over steps of 200·|y − f| / (|y| + |f|); a step where both are 0 counts as 0. */
    public static double smape(double[] actual, double[] forecast) {
        checkLengths(actual, forecast);
        double sum = 0;
        for (int j = 0; j < actual.length; j++) {
            double denominator = Math.abs(actual[j]) + Math.abs(forecast[j]);
            sum += denominator == 0 ? 0 : 200 * Math.abs(actual[j] - forecast[j]) / denominator;
        }
        return sum / actual.length;
    }

    /** MAE of the forecast divided by {@link #naiveScale}; infinite (or NaN for a perfect forecast) when that scale is 0. */
    public static double mase(double[] insample, double[] actual, double[] forecast, int m) {
        checkLengths(actual, forecast);
        double mae = 0;
        for (int j = 0; j < actual.length; j++) {
            mae += Math.abs(actual[j] - forecast[j]);
        }
        return mae / actual.length / naiveScale(insample, m);
    }

    /** In-sample MAE of the seasonal naive forecast mean |y_t − y_{t−m}|; with m = 1 when the history is not longer than m. */
    public static double naiveScale(double[] insample, int m) {
        int lag = insample.length > m ? m : 1;
        if (insample.length <= lag) {
            return 0;
        }
        double sum = 0;
        for (int t = lag; t < insample.length; t++) {
            sum += Math.abs(insample[t] - insample[t - lag]);
        }
        return sum / (insample.length - lag);
    }

    /** The share of actual values inside [lower, upper], bounds included. */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        checkLengths(actual, lower);
        checkLengths(actual, upper);
        int inside = 0;
        for (int j = 0; j < actual.length; j++) {
            if (actual[j] >= lower[j] && actual[j] <= upper[j]) {
                inside++;
            }
        }
        return inside / (double) actual.length;
    }

    private static void checkLengths(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("need equally long, non-empty arrays; got " + a.length + " and " + b.length);
        }
    }
}
