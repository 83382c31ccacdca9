package io.darkroom.analytics.insight;

import java.util.List;
import java.util.Objects;

/**
 * Segments that explain high or low values of a measure, strongest first.
 *
 * @param outcome   what counts as the interesting outcome, in words ("negative", "above €12.3 k")
 * @param baseValue the outcome rate (categorical) or the mean (continuous) over all rows in scope
 * @param rows      rows analysed
 * @param drivers   ranked drivers (top few)
 */
public record DriverInsight(Subject subject, String outcome, boolean categorical, double baseValue, long rows,
                            List<Driver> drivers, InsightScore score, String sentence) implements Insight {
    public DriverInsight {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        drivers = List.copyOf(drivers);
        if (drivers.isEmpty()) {
            throw new IllegalArgumentException("Cannot make a driver insight without drivers");
        }
    }

    @Override
    public DriverInsight narrated(InsightNarrator narrator) {
        return withSentence(narrator.driver(this));
    }

    /** The same insight with its narrated sentence. */
    public DriverInsight withSentence(String s) {
        return new DriverInsight(subject, outcome, categorical, baseValue, rows, drivers, score, s);
    }

    /** The same insight re-scored (the feed lowers novelty of repeated findings). */
    @Override
    public DriverInsight withScore(InsightScore newScore) {
        return new DriverInsight(subject, outcome, categorical, baseValue, rows, drivers, newScore, sentence);
    }

    @Override
    public String kind() {
        return "driver";
    }

    @Override
    public String period() {
        return null;
    }

    @Override
    public Segment segment() {
        return drivers.get(0).segment();
    }

    @Override
    public List<String> dimensions() {
        return drivers.stream().flatMap(d -> d.segment().conditions().stream()).map(Segment.Condition::dimension).distinct().toList();
    }

    /**
     * @param valueInSegment       outcome rate or mean in the segment
     * @param valueInRest          the same outside the segment (the control)
     * @param ratio                valueInSegment / valueInRest
     * @param relativeContribution share of all outcome rows (or of the excess) the segment holds
     */
    public record Driver(Segment segment, long rows, double valueInSegment, double valueInRest, double ratio,
                         double relativeContribution, double pValue) {
        public Driver {
            Objects.requireNonNull(segment, "segment");
        }
    }
}
