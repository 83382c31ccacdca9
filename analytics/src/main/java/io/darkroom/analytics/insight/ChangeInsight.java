package io.darkroom.analytics.insight;

import java.util.List;
import java.util.Objects;

/**
 * Why a measure moved between two periods: the values, the dimension that concentrates the change
 * most, and the decomposition-tree path drilled from the top segment.
 *
 * @param path the decomposition-tree path, root first (each node's contribution within its parent)
 */
public record ChangeInsight(Subject subject, String grain, String period, String baselinePeriod, double current, double baseline,
                            String topDimension, List<Contribution> path, InsightScore score, String sentence)
        implements Insight {
    public ChangeInsight {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        path = List.copyOf(path);
    }

    @Override
    public ChangeInsight narrated(InsightNarrator narrator) {
        return withSentence(narrator.change(this));
    }

    /** The same insight with its narrated sentence. */
    public ChangeInsight withSentence(String s) {
        return new ChangeInsight(subject, grain, period, baselinePeriod, current, baseline, topDimension, path, score, s);
    }

    /** The same insight re-scored (the feed lowers novelty of repeated findings). */
    @Override
    public ChangeInsight withScore(InsightScore newScore) {
        return new ChangeInsight(subject, grain, period, baselinePeriod, current, baseline, topDimension, path, newScore, sentence);
    }

    @Override
    public String kind() {
        return "change";
    }

    @Override
    public Segment segment() {
        return path.isEmpty() ? null : path.get(path.size() - 1).segment();
    }

    @Override
    public List<String> dimensions() {
        return path.stream().flatMap(c -> c.segment().conditions().stream()).map(Segment.Condition::dimension).distinct().toList();
    }
}
