package io.darkroom.bench.anomaly;

import io.darkroom.analytics.anomaly.WindowScore;

import java.util.List;

/**
 * NAB's scoring of binary detections (re-implemented from numenta/NAB {@code nab/sweeper.py} and the normalisation
 * in {@code nab/runner.py}), for one cost profile.
 *
 * <p>Per file: rows in the probationary period are ignored; in each window only the earliest detection counts,
 * worth {@code tpWeight * S(p) / S(-1)} where S(x) = 2 sigmoid(-5x) - 1 and p = -(right edge - row + 1) / width is
 * the row's position in the window; every detection outside the windows costs {@code fpWeight * S(q)} with q the
 * distance past the previous window's right edge over (its width - 1), or the full {@code fpWeight} before the first
 * window; every window without a detection costs {@code fnWeight}. Corpus score = 100 (raw - null) / (perfect - null)
 * with null = -fnWeight * windows (no detections) and perfect = tpWeight * windows.
 */
public record NabScorer(String profile, double tpWeight, double fpWeight, double fnWeight) {
    public static final NabScorer STANDARD = new NabScorer("standard", 1.0, 0.11, 1.0);
    public static final NabScorer REWARD_LOW_FP = new NabScorer("reward_low_FP_rate", 1.0, 0.22, 1.0);
    public static final NabScorer REWARD_LOW_FN = new NabScorer("reward_low_FN_rate", 1.0, 0.11, 2.0);

    /** Raw score of one file: {@code detected[row]} is the detector's binary output. */
    public double raw(int rows, List<WindowScore.Window> windows, boolean[] detected, int probation) {
        double maxTp = scaledSigmoid(-1.0);
        double score = 0;
        int w = 0;
        int previousRight = -1;
        double previousWidth = 0;
        boolean[] windowScored = new boolean[windows.size()];
        double[] best = new double[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            best[i] = -fnWeight;
        }
        for (int row = 0; row < rows; row++) {
            while (w < windows.size() && windows.get(w).last() < row) {
                previousRight = windows.get(w).last();
                previousWidth = windows.get(w).last() - windows.get(w).first() + 1;
                w++;
            }
            boolean inWindow = w < windows.size() && windows.get(w).first() <= row;
            if (inWindow && row >= probation) {
                windowScored[w] = true; // the window has scorable rows, so it counts (as a miss at least)
            }
            if (!detected[row] || row < probation) {
                continue;
            }
            if (inWindow) {
                WindowScore.Window window = windows.get(w);
                double width = window.last() - window.first() + 1;
                double position = -(window.last() - row + 1) / width;
                best[w] = Math.max(best[w], scaledSigmoid(position) * tpWeight / maxTp);
            } else {
                double position = previousRight < 0 ? 3.0 : Math.abs(previousRight - row) / (previousWidth - 1);
                score += scaledSigmoid(position) * fpWeight;
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            if (windowScored[i]) {
                score += best[i];
            }
        }
        return score;
    }

    /** Normalised score of a set of files whose raw scores add up to {@code raw} and which hold {@code windows}. */
    public double normalised(double raw, int windows) {
        double nullScore = -fnWeight * windows;
        double perfect = tpWeight * windows;
        return 100 * (raw - nullScore) / (perfect - nullScore);
    }

    static double scaledSigmoid(double position) {
        return position >= 3.0 ? -1.0 : 2 / (1 + Math.exp(5 * position)) - 1.0;
    }
}
