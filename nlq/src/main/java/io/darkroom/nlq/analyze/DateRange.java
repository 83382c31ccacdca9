package io.darkroom.nlq.analyze;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A half-open range of days [from, to), as every date filter in a plan uses it. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("Cannot build the date range [" + from + ", " + to + "): it is empty");
        }
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The same range shifted by whole years ("what about last year?"). */
    public DateRange minusYears(int years) {
        return new DateRange(from.minusYears(years), to.minusYears(years));
    }

    /** The range of equal length just before this one (period over period). */
    public DateRange previous() {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to);
            return new DateRange(from.minusMonths(months), from);
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return new DateRange(from.minusDays(days), from);
    }

    /** Words for the range: "in 1997", "in Q3 1997", "in March 1997", else "from X to Y". */
    public String label() {
        boolean startsYear = from.getDayOfYear() == 1;
        if (startsYear && to.equals(from.plusYears(1))) {
            return "in " + from.getYear();
        }
        if (from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3))) {
            return "in Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear();
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1))) {
            String month = from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            return "in " + month + " " + from.getYear();
        }
        if (to.equals(from.plusDays(1))) {
            return "on " + from;
        }
        if (from.getYear() <= 1) {
            return "before " + to;
        }
        if (to.getYear() >= 9999) {
            return "since " + from;
        }
        return "from " + from + " to " + to.minusDays(1);
    }
}
