package io.darkroom.analytics.forecast;

import io.darkroom.core.DarkroomException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One measure over time at one grain: equally spaced values, oldest first, with their period labels
 * ("2024-03"). {@code seasonalPeriod} is the cycle length the caller knows from the grain (1 none,
 * 4 quarterly, 12 monthly, 7 or 52 weekly, 24 hourly); whether the series really has that cycle is
 * tested, not assumed.
 */
public record TimeSeries(String id, List<String> periods, double[] values, int seasonalPeriod) implements Serializable {
    public TimeSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(values, "values");
        periods = List.copyOf(periods);
        values = values.clone();
        if (values.length == 0) {
            throw DarkroomException.userInput("Cannot forecast series '" + id + "': it has no values; forecast a measure with at least one period of history");
        }
        if (periods.size() != values.length) {
            throw DarkroomException.userInput("Cannot forecast series '" + id + "': " + periods.size() + " period labels for "
                    + values.length + " values; give one label per value");
        }
        if (seasonalPeriod < 1) {
            throw DarkroomException.userInput("Cannot forecast series '" + id + "': seasonal period " + seasonalPeriod
                    + " is below 1; use 1 for no seasonality");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw DarkroomException.userInput("Cannot forecast series '" + id + "': the value for period '" + periods.get(i)
                        + "' is " + values[i] + "; fill or drop missing periods before forecasting");
            }
        }
    }

    /** A series whose periods are numbered 1..n, for data without calendar labels (benchmarks). */
    public static TimeSeries of(String id, double[] values, int seasonalPeriod) {
        String[] labels = new String[values.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Integer.toString(i + 1);
        }
        return new TimeSeries(id, Arrays.asList(labels), values, seasonalPeriod);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && id.equals(t.id) && periods.equals(t.periods)
                && Arrays.equals(values, t.values) && seasonalPeriod == t.seasonalPeriod;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, periods, Arrays.hashCode(values), seasonalPeriod);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + id + ", " + values.length + " values, m=" + seasonalPeriod + "]";
    }
}
