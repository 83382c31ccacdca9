package io.darkroom.core.insights;

import java.util.List;
import java.util.Objects;

/** Segments that explain a measure, strongest first. */
public record DriversResult(String sentence, List<Driver> drivers) {
    public DriversResult {
        Objects.requireNonNull(sentence, "sentence");
        drivers = List.copyOf(drivers);
    }

    /**
     * @param effect for a per-row measure the segment's difference from the rest, in the measure's unit; for a
     *               count (volume) its share of the total's period-to-period variation, 0..1
     * @param score  ranks, 0..1
     */
    public record Driver(String dimension, String value, double effect, double score) {
    }
}
