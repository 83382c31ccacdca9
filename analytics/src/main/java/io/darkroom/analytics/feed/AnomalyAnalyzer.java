package io.darkroom.analytics.feed;

import io.darkroom.analytics.anomaly.AnomalyPoint;
import io.darkroom.analytics.anomaly.AnomalyReport;
import io.darkroom.analytics.anomaly.LevelShift;
import io.darkroom.analytics.anomaly.SeriesAnomalyDetector;
import io.darkroom.analytics.diagnose.ChangeDiagnosis;
import io.darkroom.analytics.insight.AnomalyInsight;
import io.darkroom.analytics.insight.Contribution;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.MeasureSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * Anomalies and level shifts of a subject's series (with the root cause of each one-off anomaly)
 * and of its largest segments' series (a customer who stops buying is a finding even when the
 * total hides it).
 */
final class AnomalyAnalyzer {
    static final int DIAGNOSED_PER_SERIES = 3;
    /**
     * A segment's count series needs this many rows per period on average (or, for a level shift,
     * on one side of it) before a move means something: "1 against an expected 0" is chance.
     */
    static final double MIN_SEGMENT_LEVEL = 1.5;
    /** An average or share of a segment needs this many rows per period on average. */
    static final double MIN_ROWS_PER_RATIO_POINT = 8;
    /**
     * Counts are Poisson: 3 against an expected 6 is 1.2 standard deviations, however small the
     * series' own spread looked. A count anomaly must also be this many Poisson deviations away
     * (over all its periods for a level shift).
     */
    static final double MIN_POISSON_Z = 3;

    private final SeriesAnomalyDetector detector;
    private final RootCause rootCause;

    AnomalyAnalyzer(SeriesAnomalyDetector detector, RootCause rootCause) {
        this.detector = detector;
        this.rootCause = rootCause;
    }

    /** Anomalies of the subject's own series, each with its root cause. */
    List<AnomalyInsight> ofSubject(SubjectFrame frame) {
        MeasureSeries series = frame.total();
        double level = level(series.values());
        List<AnomalyInsight> out = new ArrayList<>();
        if (!finite(series.values())) {
            return out;
        }
        AnomalyReport report = detector.detect(series.values(), frame.grain().seasonalPeriod());
        if (!(report instanceof AnomalyReport.Analysed analysed)) {
            return out;
        }
        // A diagnosis costs a Spark job per tree level: only the most severe anomalies of a series get one.
        List<AnomalyPoint> diagnosed = analysed.anomalies().stream()
                .sorted(java.util.Comparator.comparingDouble(AnomalyPoint::severity).reversed()).limit(DIAGNOSED_PER_SERIES).toList();
        boolean count = isCount(frame);
        for (AnomalyPoint p : analysed.anomalies()) {
            if (count && poissonZ(p.observed(), p.expected(), 1) < MIN_POISSON_Z) {
                continue;
            }
            ChangeDiagnosis d = diagnosed.contains(p) ? rootCause.ofPeriod(frame, p.index()) : null;
            List<Contribution> causes = RootCause.contributions(d, 4);
            out.add(new AnomalyInsight(frame.subject(), null, label(frame, p.index()), grainName(frame), p.observed(),
                    p.expected(), p.severity(), false, causes,
                    score(strength(count, p), Math.abs(p.observed() - p.expected()), level, p.index(), series.size()), ""));
        }
        for (LevelShift s : analysed.levelShifts()) {
            if (!count || poissonZ(s.after(), s.before(), s.length()) >= MIN_POISSON_Z) {
                out.add(shift(frame, null, s, level, series.size()));
            }
        }
        return out;
    }

    /**
     * Level shifts and strong anomalies of the largest segments' series of each dimension, judged
     * against the subject's level so that a tiny segment doubling does not outrank the business.
     */
    List<AnomalyInsight> ofSegments(SubjectFrame frame, List<String> dimensions, int topK) {
        double level = level(frame.total().values());
        List<AnomalyInsight> out = new ArrayList<>();
        List<MeasureSeries> all = sameRowsMerged(frame.series().bySegments(dimensions, topK).values().stream()
                .flatMap(List::stream).toList());
        boolean count = isCount(frame);
        for (MeasureSeries s : all) {
            if (!finite(s.values())) {
                continue;
            }
            // Counts: the level is rows per period; averages and shares: their rows per period must be dense.
            double segmentLevel = count ? meanAbs(s.values()) : s.rows() / (double) s.size() / MIN_ROWS_PER_RATIO_POINT * MIN_SEGMENT_LEVEL;
            AnomalyReport report = detector.detect(s.values(), frame.grain().seasonalPeriod());
            if (!(report instanceof AnomalyReport.Analysed analysed)) {
                continue;
            }
            for (LevelShift shift : analysed.levelShifts()) {
                if ((count ? Math.max(shift.before(), shift.after()) : segmentLevel) >= MIN_SEGMENT_LEVEL
                        && (!count || poissonZ(shift.after(), shift.before(), shift.length()) >= MIN_POISSON_Z)) {
                    out.add(shift(frame, s, shift, level, s.size()));
                }
            }
            if (segmentLevel < MIN_SEGMENT_LEVEL) {
                continue;
            }
            for (AnomalyPoint p : analysed.anomalies()) {
                if (count && poissonZ(p.observed(), p.expected(), 1) < MIN_POISSON_Z) {
                    continue;
                }
                out.add(new AnomalyInsight(frame.subject(), s.segment(), label(frame, p.index()), grainName(frame),
                        p.observed(), p.expected(), p.severity(), false, List.of(),
                        score(strength(count, p), Math.abs(p.observed() - p.expected()), level, p.index(), s.size()), ""));
            }
        }
        return out;
    }

    /**
     * Segments of different columns that pick the same rows (a customer, its address and its contact
     * person) have identical series: one finding, described by all of them (up to three), not three.
     */
    static List<MeasureSeries> sameRowsMerged(List<MeasureSeries> series) {
        java.util.LinkedHashMap<String, MeasureSeries> byValues = new java.util.LinkedHashMap<>();
        for (MeasureSeries s : series) {
            String key = java.util.Arrays.toString(s.values()) + "|" + s.rows();
            MeasureSeries seen = byValues.get(key);
            if (seen == null) {
                byValues.put(key, s);
            } else if (seen.segment().conditions().size() < io.darkroom.analytics.insight.Segment.MAX_CONDITIONS
                    && seen.segment().conditions().stream().noneMatch(c -> c.dimension().equals(s.segment().conditions().get(0).dimension()))) {
                byValues.put(key, seen.withSegment(seen.segment().and(s.segment().conditions().get(0).dimension(),
                        s.segment().conditions().get(0).value())));
            }
        }
        return List.copyOf(byValues.values());
    }

    private AnomalyInsight shift(SubjectFrame frame, MeasureSeries segmentSeries, LevelShift s, double level, int n) {
        // A lasting shift moves the measure in every period after it: its magnitude is the volume moved over up to
        // a season, not one period's step; and while it lasts it is today's news, however long ago it began.
        double strength = isCount(frame) ? Math.min(s.severity(), poissonZ(s.after(), s.before(), s.length())) : s.severity();
        return new AnomalyInsight(frame.subject(), segmentSeries == null ? null : segmentSeries.segment(),
                label(frame, s.start()), grainName(frame), s.after(), s.before(), s.severity(), true, List.of(),
                score(strength, Math.abs(s.after() - s.before()) * Math.min(s.length(), frame.grain().seasonalPeriod()),
                        level, s.end() >= n ? n - 1 : s.start(), n), "");
    }

    /**
     * Significance from the robust z (3.5 → 0.5), magnitude from the deviation relative to the
     * subject's typical level (a deviation of half the level → 0.5), novelty from recency (the
     * oldest period 0.5, the latest 1).
     */
    static InsightScore score(double severity, double deviation, double level, int index, int n) {
        double significance = InsightScore.squash(severity, 3.5);
        double magnitude = level > 0 ? InsightScore.squash(deviation / level, 0.5) : 0.5;
        double novelty = n <= 1 ? 1 : 0.5 + 0.5 * index / (double) (n - 1);
        return new InsightScore(significance, magnitude, novelty);
    }

    private static String label(SubjectFrame frame, int index) {
        return frame.grain().label(frame.start(index));
    }

    private static String grainName(SubjectFrame frame) {
        return frame.grain().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isCount(SubjectFrame frame) {
        return frame.subject().measure().aggregation() == io.darkroom.core.catalog.Aggregation.COUNT;
    }

    /** Deviation of {@code periods} periods at {@code observed} from an expected Poisson rate, in its standard deviations. */
    static double poissonZ(double observed, double expected, int periods) {
        return Math.abs(observed - expected) * Math.sqrt(periods) / Math.sqrt(Math.max(expected, 1));
    }

    /** For counts the weaker of the robust z and the Poisson z: both must agree a point is unusual. */
    private static double strength(boolean count, AnomalyPoint p) {
        return count ? Math.min(p.severity(), poissonZ(p.observed(), p.expected(), 1)) : p.severity();
    }

    /** A ratio series of a segment whose rows never carry the column has no value at all: nothing to judge. */
    static boolean finite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The size deviations are judged against: the series' typical absolute value, or its range when
     * that is larger — a score hovering around zero (sentiment) would otherwise make every wobble huge.
     */
    static double level(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return v.length == 0 ? 0 : Math.max(meanAbs(v), max - min);
    }

    static double meanAbs(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
