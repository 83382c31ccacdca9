package io.darkroom.analytics.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A measure's values per period over a contiguous range of periods (no gaps: missing periods of an
 * additive measure are 0, those of a ratio carry the previous value forward and are counted in
 * {@link #filled}).
 *
 * @param segment the segment whose rows this series aggregates, or null for the whole subject
 * @param filled  number of periods that had no rows
 * @param rows    rows aggregated into the series (all periods)
 */
public record MeasureSeries(Subject subject, Segment segment, Grain grain, List<LocalDate> starts, double[] values,
                            int filled, long rows) {
    public MeasureSeries {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(grain, "grain");
        starts = List.copyOf(starts);
        values = values.clone();
        if (starts.size() != values.length) {
            throw new IllegalArgumentException("Cannot build a series of " + starts.size() + " periods and " + values.length + " values");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The same values described by another segment (two columns that pick the same rows). */
    public MeasureSeries withSegment(Segment other) {
        return new MeasureSeries(subject, other, grain, starts, values, filled, rows);
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    public List<String> labels() {
        return starts.stream().map(grain::label).toList();
    }

    public double total() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
