package io.darkroom.sample.world;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The corpus period and its dates. Document days stay within the 2nd..28th of a month so that no
 * time-zone conversion on the reading side can move a document into another month.
 */
public final class Timeline {
    public static final LocalDate START = LocalDate.of(2023, 1, 1);
    public static final LocalDate END = LocalDate.of(2025, 12, 31);
    public static final LocalDate LAST_DOCUMENT_DAY = LocalDate.of(2025, 12, 28);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Timeline() {
    }

    /** The 36 months of the period, in order. */
    public static List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(START); !m.isAfter(YearMonth.from(END)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public static LocalDate dayIn(YearMonth month, Dice dice) {
        return month.atDay(dice.between(2, 28));
    }

    /** A working-hours time on the given day (UTC). */
    public static LocalDateTime workingTime(LocalDate day, Dice dice) {
        return day.atTime(dice.between(8, 17), dice.between(0, 59), dice.between(0, 59));
    }

    /** Moves a date that falls on the 29th..1st to the 2nd of the next month; null past the period. */
    public static LocalDate safeDay(LocalDate date) {
        LocalDate safe = date;
        if (safe.getDayOfMonth() > 28) {
            safe = YearMonth.from(safe).plusMonths(1).atDay(2);
        } else if (safe.getDayOfMonth() == 1) {
            safe = safe.withDayOfMonth(2);
        }
        return safe.isAfter(LAST_DOCUMENT_DAY) ? null : safe;
    }

    /** "3 June 2024", the way people write dates in letters. */
    public static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    public static String monthKey(YearMonth month) {
        return month.toString();
    }
}
