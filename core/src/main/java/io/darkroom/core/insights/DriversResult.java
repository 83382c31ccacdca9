package io.darkroom.core.insights;

import java.util.List;
import java.util.Objects;

/** Segments that explain a measure, strongest first. */
public record DriversResult(String sentence, List<Driver> drivers) {
    public DriversResult {
        Objects.requireNonNull(sentence, "sentence");
        drivers = List.copyOf(drivers);
    }

    /** @param effect the segment's difference from the rest, in the measure's unit; score ranks, 0..1 */
    public record Driver(String dimension, String value, double effect, double score) {
    }
}
