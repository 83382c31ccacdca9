package io.darkroom.core.insights;

import java.util.List;
import java.util.Objects;

/**
 * Future values of a measure with an interval.
 *
 * @param backtestMape mean absolute percentage error of the method on held-out history, or null when unknown
 */
public record ForecastResult(String sentence, List<Point> points, Double backtestMape) {
    public ForecastResult {
        Objects.requireNonNull(sentence, "sentence");
        points = List.copyOf(points);
    }

    public record Point(String period, double value, double lower, double upper) {
    }
}
