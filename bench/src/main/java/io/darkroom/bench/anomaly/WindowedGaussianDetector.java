package io.darkroom.bench.anomaly;

/**
 * NAB's "windowed Gaussian" baseline (numenta/NAB {@code nab/detectors/gaussian/windowedGaussian_detector.py}):
 * the score of a value is 1 - Q(|z|) against the mean and standard deviation of a window of up to 6,400 earlier
 * values, refreshed every 100 values. NAB's optimised threshold for the standard profile is 1.0 ({@code
 * config/thresholds.json}): in double precision that is |z| above about 8.3.
 */
final class WindowedGaussianDetector {
    private static final int WINDOW = 6400;
    private static final int STEP = 100;
    private final double[] window = new double[WINDOW];
    private final double[] step = new double[STEP];
    private int size;
    private int stepSize;
    private double mean;
    private double std = 1;

    double score(double value) {
        double score = size > 0 ? 1 - tail(value) : 0;
        if (size < WINDOW) {
            window[size++] = value;
            update();
        } else {
            step[stepSize++] = value;
            if (stepSize == STEP) {
                System.arraycopy(window, STEP, window, 0, WINDOW - STEP);
                System.arraycopy(step, 0, window, WINDOW - STEP, STEP);
                stepSize = 0;
                update();
            }
        }
        return score;
    }

    private double tail(double x) {
        double z = Math.abs(x - mean) / std;
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    private void update() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += window[i];
        }
        mean = sum / size;
        double squares = 0;
        for (int i = 0; i < size; i++) {
            squares += (window[i] - mean) * (window[i] - mean);
        }
        std = Math.sqrt(squares / size);
        if (std == 0) {
            std = 0.000001;
        }
    }

    /** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7 everywhere). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
