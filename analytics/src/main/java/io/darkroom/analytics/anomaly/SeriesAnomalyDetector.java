package io.darkroom.analytics.anomaly;

import io.darkroom.core.DarkroomException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Anomalies in a whole series (a measure by day, week or month), aware of trend, season and level shifts.
 *
 * <p>Model: value = trend + season + residual, on the log scale when the series is positive and that fits better
 * (seasonal swings that grow with the business). The trend is a rolling median (it follows a lasting level shift
 * exactly, from its first point, and ignores spikes); the season is the median per phase of the detrended values,
 * kept only when it improves out-of-sample residuals by {@link AnomalyOptions#minSeasonalStrength()}. Every point is
 * judged against an expectation computed <em>without</em> it (leave-one-out medians, also leaving out points that
 * are gross outliers in a first pass): with 2 or 3 seasonal cycles an in-sample fit would absorb a third of the
 * noise and make the residual scale, and so every severity, too optimistic.
 *
 * <p>Events: a point whose residual exceeds the threshold in robust standard deviations is an anomaly; consecutive
 * ones of the same sign form one event reported at its start; a jump of the trend larger than the threshold is a
 * level shift, reported once at its first point (a collapse is one anomaly, not one per month that follows).
 */
public final class SeriesAnomalyDetector {
    /** Sustained deviations at least this long are also listed as level shifts (shorter ones are spikes). */
    private static final int MIN_EPISODE = 3;
    /** An additive model is preferred for a positive series only when its residual scale is 25 % smaller. */
    private static final double ADDITIVE_MARGIN = 0.75;

    private final AnomalyOptions options;

    public SeriesAnomalyDetector(AnomalyOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SeriesAnomalyDetector() {
        this(AnomalyOptions.defaults());
    }

    /**
     * @param values                   the series, oldest first, one value per period; no gaps (fill them first)
     * @param candidateSeasonalPeriod  periods per seasonal cycle to try (12 for months in a year, 7 for days in a
     *                                 week, 0 or 1 for none); used only when the data support it
     * @throws DarkroomException when a value is NaN or infinite, or the period is negative
     */
    public AnomalyReport detect(double[] values, int candidateSeasonalPeriod) {
        Objects.requireNonNull(values, "values");
        if (candidateSeasonalPeriod < 0) {
            throw DarkroomException.userInput("Cannot detect anomalies with seasonal period " + candidateSeasonalPeriod
                    + ": a period counts points per cycle; use 0 for none");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw DarkroomException.userInput("Cannot detect anomalies in a series: the value at index " + i
                        + " is " + values[i] + "; fill or drop missing periods before detection");
            }
        }
        int n = values.length;
        if (n < options.minPoints()) {
            return new AnomalyReport.NotAnalysed("The series has " + n + " point" + (n == 1 ? "" : "s")
                    + "; anomaly detection needs at least " + options.minPoints());
        }
        int half = options.trendHalfWindow() > 0 ? options.trendHalfWindow()
                : candidateSeasonalPeriod >= 2 ? Math.max(2, candidateSeasonalPeriod / 2) : 3;
        half = Math.min(half, (n - 1) / 2);
        int period = candidateSeasonalPeriod >= 2 && n >= options.minSeasonalCycles() * candidateSeasonalPeriod
                ? candidateSeasonalPeriod : 0;

        Fit best = fit(values, Decomposition.ADDITIVE, period, candidateSeasonalPeriod, half);
        if (Arrays.stream(values).allMatch(v -> v > 0)) {
            Fit multiplicative = fit(Arrays.stream(values).map(Math::log).toArray(), Decomposition.MULTIPLICATIVE,
                    period, candidateSeasonalPeriod, half);
            // Growth with a season is multiplicative far more often than not: additive must be clearly better.
            if (best.originalUnitScale(values) > ADDITIVE_MARGIN * multiplicative.originalUnitScale(values)) {
                best = multiplicative;
            }
        }
        return best.report(values);
    }

    /** The seasonal or non-seasonal model of {@code y}, whichever predicts better out of sample. */
    private Fit fit(double[] y, Decomposition decomposition, int period, int cycle, int half) {
        Fit plain = new Fit(y, decomposition, 0, cycle, half);
        if (period == 0) {
            return plain.withStrength(Double.NaN);
        }
        Fit seasonal = new Fit(y, decomposition, period, cycle, half);
        double strength = plain.scale == 0 ? 0 : 1 - Math.pow(seasonal.scale / plain.scale, 2);
        return strength >= options.minSeasonalStrength() ? seasonal.withStrength(strength) : plain.withStrength(strength);
    }

    /** One decomposition of the (possibly log) series: trend, season, level shifts, leave-one-out residuals. */
    private final class Fit {
        final double[] y;
        final Decomposition decomposition;
        final int period;
        final int half;
        /** The candidate period, seasonal term or not: windows that span it cancel any season. */
        final int cycle;
        final double[] trend;
        final double[] season;
        final double[] expected;
        final double[] residual;
        final List<int[]> shifts; // {start, end}
        final int[] segment;
        final boolean[] seasonal;
        final double scale;
        final double[] segmentScale;
        double strength = Double.NaN;

        Fit(double[] y, Decomposition decomposition, int period, int cycle, int half) {
            this.y = y;
            this.cycle = cycle;
            this.decomposition = decomposition;
            this.period = period;
            this.half = half;
            int n = y.length;
            boolean[] none = new boolean[n];

            // Preliminary fit over the whole series, only to find lasting level shifts in its trend.
            int[] oneSegment = new int[n];
            // A window of a whole cycle smooths the season away without estimating it (an estimate would mix the
            // levels before and after a shift); the scale then includes the season, so only clear shifts count.
            double[] t = rollingMedian(y, oneSegment, none, false, 0);
            this.shifts = levelShifts(y, Robust.sigma(minus(y, t)));
            double[] s;

            // Refit within segments; the season only from segments long enough to show it (a customer who
            // collapsed to zero has no season left, and must not get the old one).
            this.segment = segments(n, shifts);
            this.seasonal = new boolean[n];
            for (int i = 0; i < n; i++) {
                seasonal[i] = period > 0 && segmentLength(segment, i) >= options.minSeasonalCycles() * period;
            }
            // Growth per step, from pairs a cycle apart within one segment (a collapse would otherwise pass for
            // a steep decline).
            double slope = slope(t, period > 0 ? period : 2 * half + 1, segment);
            s = new double[n];
            t = rollingMedian(y, segment, none, false, slope);
            for (int iteration = 0; iteration < 4 && period > 0; iteration++) {
                s = phaseMedians(minus(y, t), seasonal);
                t = rollingMedian(minus(y, s), segment, none, false, slope);
            }

            // Points far off even out of sample are left out of everybody else's expectation: with 2 other cycles a
            // spike would otherwise drag the expected value of the same month in the other years with it.
            double[] firstPass = minus(y, looExpected(y, t, s, new boolean[n], slope));
            double firstScale = Robust.refinedSigma(firstPass);
            double centre = Robust.median(firstPass);
            boolean[] outlier = new boolean[n];
            for (int i = 0; i < n; i++) {
                outlier[i] = Math.abs(firstPass[i] - centre) > options.threshold() * firstScale;
            }
            this.trend = t;
            this.season = s;
            this.expected = looExpected(y, t, s, outlier, slope);
            this.residual = minus(y, expected);
            this.scale = Robust.refinedSigma(residual);
            this.segmentScale = new double[n];
            for (int i = 0; i < n; ) {
                int to = i;
                while (to < n && segment[to] == segment[i]) {
                    to++;
                }
                double local = to - i >= options.minPoints()
                        ? Robust.refinedSigma(Arrays.copyOfRange(residual, i, to)) : scale;
                Arrays.fill(segmentScale, i, to, local > 0 ? local : scale);
                i = to;
            }
        }

        Fit withStrength(double value) {
            this.strength = value;
            return this;
        }

        private double[] looExpected(double[] y, double[] t, double[] s, boolean[] outlier, double slope) {
            double[] level = rollingMedian(minus(y, s), segment, outlier, true, slope);
            if (period == 0) {
                return level;
            }
            double[] seasonLoo = phaseMediansLeavingOut(minus(y, t), outlier, s);
            double[] e = new double[y.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = level[i] + seasonLoo[i];
            }
            return e;
        }

        /**
         * Median of the window of half width {@code half} around each point, within the point's segment, without
         * the excluded points (and without the point itself when {@code leaveOut}), shifted by the trend slope
         * when the window is lopsided (series ends, segment edges).
         */
        private double[] rollingMedian(double[] z, int[] segment, boolean[] excluded, boolean leaveOut, double slope) {
            int n = z.length;
            double[] out = new double[n];
            double[] buf = new double[2 * half + 1];
            for (int i = 0; i < n; i++) {
                int from = Math.max(0, i - half);
                int to = Math.min(n, i + half + 1);
                int count = 0;
                double indexSum = 0;
                for (int pass = 0; pass < 2 && count == 0; pass++) {
                    for (int j = from; j < to; j++) {
                        if (segment[j] != segment[i] || (leaveOut && j == i) || (pass == 0 && excluded[j])) {
                            continue;
                        }
                        buf[count++] = z[j];
                        indexSum += j;
                    }
                }
                out[i] = count == 0 ? z[i] : Robust.medianInPlace(buf, count) + slope * (i - indexSum / count);
            }
            return out;
        }

        /** Centred median per phase of the detrended values of the masked points; 0 elsewhere. */
        private double[] phaseMedians(double[] detrended, boolean[] mask) {
            double[] medianOfPhase = phaseCentre(detrended, mask);
            double centre = medianOfPhase[period];
            double[] out = new double[detrended.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = mask[i] ? medianOfPhase[i % period] - centre : 0;
            }
            return out;
        }

        /** Median per phase over the masked points, and at index {@code period} their mean (the centre). */
        private double[] phaseCentre(double[] detrended, boolean[] mask) {
            double[] medianOfPhase = new double[period + 1];
            double[] buf = new double[detrended.length / period + 1];
            double sum = 0;
            int phases = 0;
            for (int phase = 0; phase < period; phase++) {
                int count = 0;
                for (int j = phase; j < detrended.length; j += period) {
                    if (mask[j]) {
                        buf[count++] = detrended[j];
                    }
                }
                medianOfPhase[phase] = Robust.medianInPlace(buf, count);
                if (count > 0) {
                    sum += medianOfPhase[phase];
                    phases++;
                }
            }
            medianOfPhase[period] = phases == 0 ? 0 : sum / phases;
            return medianOfPhase;
        }

        /** Season at each point from the other cycles only (and no outliers), centred like {@code season}. */
        private double[] phaseMediansLeavingOut(double[] detrended, boolean[] excluded, double[] season) {
            double centre = phaseCentre(detrended, seasonal)[period];
            double[] out = new double[detrended.length];
            double[] buf = new double[detrended.length / period + 1];
            for (int i = 0; i < out.length; i++) {
                if (!seasonal[i]) {
                    continue;
                }
                int count = 0;
                for (int j = i % period; j < detrended.length; j += period) {
                    if (j != i && seasonal[j] && !excluded[j]) {
                        buf[count++] = detrended[j];
                    }
                }
                out[i] = count == 0 ? season[i] : Robust.medianInPlace(buf, count) - centre;
            }
            return out;
        }

        /**
         * Lasting level shifts: points where the median of the next {@code half} values differs from the median of
         * the previous {@code half} (beyond the trend) by more than the threshold, the largest such difference in
         * its neighbourhood. A shift that the next one undoes (back to the old level) is one episode.
         */
        private List<int[]> levelShifts(double[] y, double sigma) {
            int n = y.length;
            // A whole cycle on either side, so that the season cancels out of the difference.
            int h = cycle >= 2 && 2 * cycle <= n ? cycle : Math.max(MIN_EPISODE, half);
            double[] jump = new double[n];
            for (int k = h; k + h <= n; k++) {
                jump[k] = Robust.median(Arrays.copyOfRange(y, k, k + h)) - Robust.median(Arrays.copyOfRange(y, k - h, k));
            }
            List<Integer> starts = new ArrayList<>();
            for (int k = h; k + h <= n; k++) {
                if (Math.abs(jump[k]) <= options.threshold() * sigma) {
                    continue;
                }
                boolean localMax = true;
                for (int j = Math.max(h, k - h); j < Math.min(n - h + 1, k + h + 1) && localMax; j++) {
                    localMax = Math.signum(jump[j]) != Math.signum(jump[k]) || Math.abs(jump[j]) < Math.abs(jump[k])
                            || (Math.abs(jump[j]) == Math.abs(jump[k]) && j >= k);
                }
                int start = localMax ? bestSplit(y, k, h) : -1;
                if (localMax && (starts.isEmpty() || starts.get(starts.size() - 1) < start)) {
                    starts.add(start);
                }
            }
            List<int[]> merged = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                int start = starts.get(i);
                if (i + 1 < starts.size()) {
                    int next = starts.get(i + 1);
                    double before = Robust.median(Arrays.copyOfRange(y, Math.max(0, start - h), start));
                    double after = Robust.median(Arrays.copyOfRange(y, next, Math.min(n, next + h)));
                    merged.add(new int[] {start, next});
                    boolean undone = Math.signum(jump[start]) != Math.signum(jump[next])
                            && Math.abs(after - before) < options.threshold() * sigma;
                    if (undone) {
                        i++;
                    }
                } else {
                    merged.add(new int[] {start, n});
                }
            }
            // Lasting means longer than the trend's half window (shorter episodes stay runs of anomalies, which the
            // trend does not follow either) and still a clear change once the exact start is known.
            List<int[]> lasting = new ArrayList<>();
            for (int[] shift : merged) {
                double before = Robust.median(Arrays.copyOfRange(y, Math.max(0, shift[0] - h), shift[0]));
                double after = Robust.median(Arrays.copyOfRange(y, shift[0], shift[1]));
                if (shift[1] - shift[0] > half && Math.abs(after - before) > options.threshold() * sigma) {
                    lasting.add(shift);
                }
            }
            for (int i = 0; i + 1 < lasting.size(); i++) {
                lasting.get(i)[1] = Math.max(lasting.get(i)[1], lasting.get(i + 1)[0]);
            }
            return lasting;
        }

        /**
         * Where exactly the level changes near {@code k}: the split with the least absolute deviation from the
         * medians on either side (the median difference alone is pulled early or late by a season).
         */
        private int bestSplit(double[] y, int k, int h) {
            int best = k;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int c = Math.max(h, k - h + 1); c <= Math.min(y.length - h, k + h - 1); c++) {
                double cost = absoluteDeviation(y, c - h, c) + absoluteDeviation(y, c, c + h);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
            return best;
        }

        private double absoluteDeviation(double[] y, int from, int to) {
            double median = Robust.median(Arrays.copyOfRange(y, from, to));
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += Math.abs(y[i] - median);
            }
            return sum;
        }

        /** In original units, so that additive and multiplicative fits compare. */
        double originalUnitScale(double[] values) {
            double[] r = new double[values.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = values[i] - back(expected[i]);
            }
            return Robust.sigma(r);
        }

        double back(double modelValue) {
            return decomposition == Decomposition.MULTIPLICATIVE ? Math.exp(modelValue) : modelValue;
        }

        AnomalyReport report(double[] values) {
            int n = values.length;
            double threshold = options.threshold();
            List<AnomalyPoint> anomalies = new ArrayList<>();
            List<LevelShift> levelShifts = new ArrayList<>();
            boolean[] covered = new boolean[n];
            for (int[] shift : shifts) {
                int start = shift[0];
                double sigma = sigmaAt(start - 1);
                double before = trend[start - 1] + season[start];
                double after = Robust.median(Arrays.copyOfRange(y, start, shift[1]))
                        - medianOf(season, start, shift[1]);
                double severity = Math.abs(after - trend[start - 1]) / sigma;
                anomalies.add(point(values, start, before, threshold * sigma, severity));
                levelShifts.add(new LevelShift(start, shift[1], back(before),
                        Robust.median(Arrays.copyOfRange(values, start, shift[1])), severity));
                covered[start] = true;
            }
            int i = 0;
            while (i < n) {
                if (covered[i] || Math.abs(residual[i]) <= threshold * sigmaAt(i)) {
                    i++;
                    continue;
                }
                int start = i;
                double worst = 0;
                double sign = Math.signum(residual[i]);
                while (i < n && !covered[i] && Math.abs(residual[i]) > threshold * sigmaAt(i)
                        && Math.signum(residual[i]) == sign) {
                    worst = Math.max(worst, Math.abs(residual[i]) / sigmaAt(i));
                    i++;
                }
                anomalies.add(point(values, start, expected[start], threshold * sigmaAt(start), worst));
                if (i - start >= MIN_EPISODE) {
                    levelShifts.add(new LevelShift(start, i, back(expected[start]),
                            Robust.median(Arrays.copyOfRange(values, start, i)), worst));
                }
            }
            anomalies.sort(Comparator.comparingDouble(AnomalyPoint::severity).reversed()
                    .thenComparingInt(AnomalyPoint::index));
            levelShifts.sort(Comparator.comparingInt(LevelShift::start));
            return new AnomalyReport.Analysed(period, strength, decomposition, scale, anomalies, levelShifts);
        }

        /** Residual scale of the point's segment (a collapsed series is quieter than before), never 0. */
        private double sigmaAt(int i) {
            double sigma = segmentScale[i];
            return sigma > 0 ? sigma : Double.MIN_NORMAL;
        }

        private AnomalyPoint point(double[] values, int index, double modelExpected, double band, double severity) {
            return new AnomalyPoint(index, values[index], back(modelExpected), back(modelExpected - band),
                    back(modelExpected + band), severity);
        }
    }

    private static double medianOf(double[] values, int from, int to) {
        return Robust.median(Arrays.copyOfRange(values, from, to));
    }

    private static int segmentLength(int[] segment, int i) {
        int from = i;
        while (from > 0 && segment[from - 1] == segment[i]) {
            from--;
        }
        int to = i;
        while (to < segment.length && segment[to] == segment[i]) {
            to++;
        }
        return to - from;
    }

    private static int[] segments(int n, List<int[]> shifts) {
        int[] segment = new int[n];
        int id = 0;
        for (int[] shift : shifts) {
            id++;
            Arrays.fill(segment, shift[0], n, id);
            if (shift[1] < n) {
                id++;
                Arrays.fill(segment, shift[1], n, id);
            }
        }
        return segment;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /** Median change per step over {@code lag} steps: robust to spikes, and a full cycle apart it ignores the season. */
    private static double slope(double[] trend, int lag, int[] segment) {
        int l = Math.min(lag, trend.length - 1);
        double[] changes = new double[trend.length - l];
        int count = 0;
        for (int i = 0; i + l < trend.length; i++) {
            if (segment[i] == segment[i + l]) {
                changes[count++] = (trend[i + l] - trend[i]) / l;
            }
        }
        return count == 0 ? 0 : Robust.medianInPlace(changes, count);
    }
}
