package io.darkroom.analytics.insight;

import java.util.Objects;

/**
 * One segment's part of a change: its value before and after, its delta in the measure's unit and
 * its share of the total change (can exceed 1 when other segments moved the other way).
 * For ratio measures {@code mixEffect + rateEffect = delta}; both are NaN for additive measures.
 */
public record Contribution(Segment segment, double baseline, double current, double delta, double share,
                           double mixEffect, double rateEffect) {
    public Contribution {
        Objects.requireNonNull(segment, "segment");
    }
}
