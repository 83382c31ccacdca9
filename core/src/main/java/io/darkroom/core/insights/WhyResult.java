package io.darkroom.core.insights;

import java.util.List;
import java.util.Objects;

/**
 * A change diagnosis: the measure in the current and baseline periods and the segments that
 * contributed most to the difference, largest absolute contribution first.
 *
 * @param sentence narrated from the numbers of this record only
 */
public record WhyResult(String sentence, double current, double baseline, List<Contribution> contributions) {
    public WhyResult {
        Objects.requireNonNull(sentence, "sentence");
        contributions = List.copyOf(contributions);
    }

    /** @param share this segment's part of the total change, -1..1 (can exceed 1 when segments offset each other) */
    public record Contribution(String dimension, String value, double delta, double share) {
    }
}
