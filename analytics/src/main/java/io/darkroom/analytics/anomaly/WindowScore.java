package io.darkroom.analytics.anomaly;

import java.util.List;

/**
 * Window-level accuracy of a detector against labelled anomaly windows (NAB-style labels).
 *
 * <p>Definitions: detections before {@code ignoreBefore} (a warm-up or probation period) are dropped. A window
 * [first, last] (row indexes, inclusive) is detected when at least one detection falls in it. Detections outside
 * every window are false positives counted per <em>event</em>: a maximal group of such detections in which each
 * follows the previous one by at most {@code mergeGap} rows. Precision = detected windows / (detected windows + false
 * positive events); recall = detected windows / windows; F1 their harmonic mean (0 when both are 0).
 *
 * @param windows            labelled windows
 * @param detectedWindows    windows with at least one detection
 * @param falsePositives     false-positive events
 */
public record WindowScore(int windows, int detectedWindows, int falsePositives) {
    public WindowScore {
        if (windows < 0 || detectedWindows < 0 || detectedWindows > windows || falsePositives < 0) {
            throw new IllegalArgumentException("Cannot score " + detectedWindows + " detected of " + windows
                    + " windows with " + falsePositives + " false positives");
        }
    }

    /** A labelled anomaly window, row indexes inclusive. */
    public record Window(int first, int last) {
        public Window {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("Cannot define window [" + first + ", " + last + "]");
            }
        }

        boolean contains(int row) {
            return row >= first && row <= last;
        }
    }

    /** Scores sorted detection rows against the windows of one series. */
    public static WindowScore of(List<Window> windows, int[] detections, int ignoreBefore, int mergeGap) {
        boolean[] hit = new boolean[windows.size()];
        int falsePositives = 0;
        int lastFalse = Integer.MIN_VALUE / 2;
        for (int row : detections) {
            if (row < ignoreBefore) {
                continue;
            }
            boolean inside = false;
            for (int w = 0; w < windows.size(); w++) {
                if (windows.get(w).contains(row)) {
                    hit[w] = true;
                    inside = true;
                }
            }
            if (!inside) {
                if (row - lastFalse > mergeGap) {
                    falsePositives++;
                }
                lastFalse = row;
            }
        }
        int detected = 0;
        for (boolean h : hit) {
            detected += h ? 1 : 0;
        }
        return new WindowScore(windows.size(), detected, falsePositives);
    }

    public WindowScore plus(WindowScore other) {
        return new WindowScore(windows + other.windows, detectedWindows + other.detectedWindows,
                falsePositives + other.falsePositives);
    }

    public double precision() {
        int alarms = detectedWindows + falsePositives;
        return alarms == 0 ? 0 : (double) detectedWindows / alarms;
    }

    public double recall() {
        return windows == 0 ? 0 : (double) detectedWindows / windows;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
