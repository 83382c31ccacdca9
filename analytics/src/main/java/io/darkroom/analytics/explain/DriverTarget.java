package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.core.DarkroomException;

import java.util.Locale;
import java.util.Objects;

/** What "an outlier row" means for a key-driver analysis. */
public sealed interface DriverTarget {
    /** The column the target reads. */
    String column();

    /** The end being explained: always HIGH for an outcome (what raises its rate). */
    Direction direction();

    /**
     * A categorical outcome: a row is an outlier when {@code column = value} ("what makes a ticket
     * negative"). A null in the column counts as "not the value", as in {@link MeasureFold}'s SHARE.
     */
    record Outcome(String column, String value) implements DriverTarget {
        public Outcome {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Direction direction() {
            return Direction.HIGH;
        }

        /** "sentiment_label = negative", as messages quote it. */
        @Override
        public String toString() {
            return column + " = " + value;
        }
    }

    /**
     * A numeric column explained at one end: a row is an outlier when its value lies beyond the
     * {@link DriverOptions#outlierQuantile()} quantile (above it for HIGH, below its mirror for LOW),
     * MacroBase style. Rows with a null value take no part.
     */
    record Continuous(String column, Direction direction) implements DriverTarget {
        public Continuous {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(direction, "direction");
        }

        /** "high amount", as messages quote it. */
        @Override
        public String toString() {
            return direction.name().toLowerCase(Locale.ROOT) + " " + column;
        }
    }

    /**
     * The row-level target behind a catalog measure: a SHARE explains its value as an outcome, an
     * AVERAGE or SUM explains its column at the given end. A SHARE asked for LOW, and measures with
     * no single row-level value (COUNT, DISTINCT_COUNT, MIN, MAX), cannot be explained.
     */
    static DriverTarget of(MeasureFold fold, Direction direction) {
        var measure = fold.measure();
        return switch (measure.aggregation()) {
            case SHARE -> {
                if (direction == Direction.LOW) {
                    throw DarkroomException.userInput("Cannot explain a low '" + measure.label()
                            + "': a share is explained by what makes rows '" + measure.value()
                            + "'; ask what drives the share instead");
                }
                yield new Outcome(measure.column(), measure.value());
            }
            case AVERAGE, SUM -> new Continuous(measure.column(), direction);
            case COUNT, DISTINCT_COUNT, MIN, MAX -> throw DarkroomException.userInput("Cannot explain '"
                    + measure.label() + "': a " + measure.aggregation().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " has no value per row to compare segments on; ask what drives a share (such as the share of"
                    + " negative documents) or an average or total of a numeric column");
        };
    }
}
