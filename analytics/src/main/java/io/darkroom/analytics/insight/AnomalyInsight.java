package io.darkroom.analytics.insight;

import java.util.List;
import java.util.Objects;

/**
 * A period where a measure (of the subject, or of one segment of it) departed from what its trend
 * and season lead to expect, with the segments that caused the departure.
 *
 * @param series     the segment whose series was anomalous, or null for the subject's own series
 * @param levelShift true when the series moved to a new level from this period on (not a one-off)
 * @param severity   robust z-score of the residual
 * @param rootCause  largest contributions to observed minus expected, largest first (may be empty)
 */
public record AnomalyInsight(Subject subject, Segment series, String period, String grain, double observed,
                             double expected, double severity, boolean levelShift, List<Contribution> rootCause,
                             InsightScore score, String sentence) implements Insight {
    public AnomalyInsight {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        rootCause = List.copyOf(rootCause);
    }

    @Override
    public AnomalyInsight narrated(InsightNarrator narrator) {
        return withSentence(narrator.anomaly(this));
    }

    /** The same insight with its narrated sentence. */
    public AnomalyInsight withSentence(String s) {
        return new AnomalyInsight(subject, series, period, grain, observed, expected, severity, levelShift, rootCause, score, s);
    }

    /** The same insight re-scored (the feed lowers novelty of repeated findings). */
    @Override
    public AnomalyInsight withScore(InsightScore newScore) {
        return new AnomalyInsight(subject, series, period, grain, observed, expected, severity, levelShift, rootCause, newScore, sentence);
    }

    @Override
    public String kind() {
        return "anomaly";
    }

    @Override
    public Segment segment() {
        return series != null ? series : rootCause.isEmpty() ? null : rootCause.get(0).segment();
    }

    @Override
    public List<String> dimensions() {
        java.util.LinkedHashSet<String> dims = new java.util.LinkedHashSet<>();
        if (series != null) {
            series.conditions().forEach(c -> dims.add(c.dimension()));
        }
        rootCause.forEach(c -> c.segment().conditions().forEach(x -> dims.add(x.dimension())));
        return List.copyOf(dims);
    }
}
