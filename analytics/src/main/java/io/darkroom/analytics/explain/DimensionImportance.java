package io.darkroom.analytics.explain;

import java.util.Objects;

/**
 * How much one dimension explains the target, from both engines side by side so that each checks
 * the other: the random forest's importance and the contrast miner's best driver on it.
 *
 * @param dimension     column name
 * @param importance    the forest's impurity importance summed over the dimension's one-hot values,
 *                      normalised so that all dimensions add up to 1
 * @param topValue      the value whose rows differ most from the rest in the target (null = "(blank)")
 * @param topValueRows  its rows
 * @param topValueMean  the target's rate (outcome) or mean (continuous) among them
 * @param restMean      the same outside them
 * @param contrastScore the score of the strongest reported driver that uses this dimension, 0 when none does
 */
public record DimensionImportance(String dimension, double importance, String topValue, long topValueRows,
                                  double topValueMean, double restMean, double contrastScore) {
    public DimensionImportance {
        Objects.requireNonNull(dimension, "dimension");
    }
}
