package io.darkroom.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a column looks like: type, null share, distinct count, range, and its most frequent values
 * (the value index that questions are matched against).
 *
 * @param label        human wording of the name ("order date" for order_date)
 * @param nullShare    share of rows with no value, 0..1
 * @param distinct     approximate distinct count of non-null values
 * @param min          smallest value as text (numbers, dates), null for text columns
 * @param max          largest value as text, null for text columns
 * @param topValues    most frequent values, most frequent first (capped; empty for numbers)
 */
public record ColumnProfile(String name, String label, ColumnType type, double nullShare, long distinct,
                            String min, String max, List<ValueCount> topValues) {
    /** Words that name a level rather than a quantity: a sum of them means nothing. */
    private static final Set<String> LEVEL_WORDS = Set.of("score", "scores", "rating", "ratings", "rate", "rates", "ratio",
            "ratios", "percent", "percentage", "pct", "share", "average", "avg", "mean", "index");
    /**
     * The approximate distinct count (HyperLogLog, a few per cent error) may undercount a real key;
     * this is the share of non-null rows it must reach, the same bar relation discovery uses.
     */
    private static final double UNIQUE_SHARE = 0.98;

    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (nullShare < 0 || nullShare > 1) {
            throw new IllegalArgumentException("Cannot profile column '" + name + "' with null share " + nullShare);
        }
        topValues = List.copyOf(topValues);
    }

    /**
     * Whether sums of this column mean something. Scores, ratings, rates, ratios and percentages are
     * levels, not quantities: "sentiment of e-mails" wants their average, and summing them grows with
     * the row count. Recognised by name, or by a fractional value bounded in [-1, 1] (a score or a
     * share; whole numbers in [0, 1] are flags, whose sum counts the ones).
     */
    public boolean additive() {
        if (!type.isNumeric()) {
            return false;
        }
        for (String word : (name + " " + label).toLowerCase(Locale.ROOT).split("[^a-z0-9%]+|(?=%)|(?<=%)")) {
            if (LEVEL_WORDS.contains(word) || word.equals("%")) {
                return false;
            }
        }
        return type != ColumnType.DECIMAL || !boundedByOne();
    }

    /** Whether every non-null row has its own value, so joining to this column never repeats the other side's rows. */
    public boolean uniqueIn(long rowCount) {
        long filled = Math.round(rowCount * (1 - nullShare));
        return filled > 0 && distinct >= filled * UNIQUE_SHARE;
    }

    private boolean boundedByOne() {
        try {
            return min != null && max != null && Double.parseDouble(min) >= -1 && Double.parseDouble(max) <= 1;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
