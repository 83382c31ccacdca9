package io.darkroom.nlq.analyze;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A date phrase read but not yet pinned: "last quarter" means different days for different tables,
 * so the planner resolves it against the chosen time column's reference date. The reference date is
 * the last day that counts as "now" (inclusive): data's max date or today.
 *
 * @param unit day/week/month/quarter/year where the kind needs one
 * @param a    first number (year, month, quarter, count), kind-specific
 * @param b    second number, kind-specific
 */
public record DateSpec(Kind kind, Unit unit, int a, int b) {
    public enum Kind { YEAR, YEARS, MONTH_OF_YEAR, MONTH, QUARTER_OF_YEAR, QUARTER, DAY, LAST, THIS, PAST, TO_DATE,
        SINCE_MONTH, SINCE_YEAR, BEFORE_YEAR, AFTER_YEAR, TODAY, YESTERDAY,
        /** a = year, b = month: from that month to the reference */
        SINCE_MONTH_OF_YEAR,
        /** a = year, b = 1 or 2: January–June or July–December */
        HALF_OF_YEAR,
        /** the year two before the reference's */
        YEAR_BEFORE_LAST }

    public enum Unit { DAY, WEEK, MONTH, QUARTER, YEAR }

    public DateSpec {
        Objects.requireNonNull(kind, "kind");
    }

    public static DateSpec of(Kind kind, int a, int b) {
        return new DateSpec(kind, null, a, b);
    }

    public static DateSpec of(Kind kind, Unit unit, int n) {
        return new DateSpec(kind, unit, n, 0);
    }

    public DateRange resolve(LocalDate reference) {
        LocalDate end = reference.plusDays(1);
        return switch (kind) {
            case YEAR -> DateRange.year(a);
            case YEARS -> new DateRange(LocalDate.of(a, 1, 1), LocalDate.of(b + 1, 1, 1));
            case MONTH_OF_YEAR -> month(a, b);
            // A bare month is the latest one not after the reference ("in March" in May 1998 = March 1998).
            case MONTH -> month(a > reference.getMonthValue() ? reference.getYear() - 1 : reference.getYear(), a);
            case QUARTER_OF_YEAR -> quarter(a, b);
            case QUARTER -> quarter(a > quarterOf(reference) ? reference.getYear() - 1 : reference.getYear(), a);
            case DAY -> new DateRange(LocalDate.of(a / 10000, a / 100 % 100, a % 100), LocalDate.of(a / 10000, a / 100 % 100, a % 100).plusDays(1));
            case LAST -> new DateRange(start(unit, reference).minus(1, chrono(unit)), start(unit, reference));
            case THIS -> new DateRange(start(unit, reference), end);
            case PAST -> new DateRange(end.minus(a, chrono(unit)), end);
            case TO_DATE -> new DateRange(start(unit, reference), end);
            case SINCE_MONTH -> new DateRange(month(a > reference.getMonthValue() ? reference.getYear() - 1 : reference.getYear(), a).from(), end);
            case SINCE_YEAR -> new DateRange(LocalDate.of(a, 1, 1), end.isAfter(LocalDate.of(a, 1, 1)) ? end : LocalDate.of(a + 1, 1, 1));
            case BEFORE_YEAR -> new DateRange(LocalDate.of(1, 1, 1), LocalDate.of(a, 1, 1));
            case AFTER_YEAR -> new DateRange(LocalDate.of(a + 1, 1, 1), LocalDate.of(9999, 1, 1));
            case SINCE_MONTH_OF_YEAR -> new DateRange(month(a, b).from(), end.isAfter(month(a, b).from()) ? end : month(a, b).to());
            case HALF_OF_YEAR -> new DateRange(LocalDate.of(a, b == 1 ? 1 : 7, 1), b == 1 ? LocalDate.of(a, 7, 1) : LocalDate.of(a + 1, 1, 1));
            case YEAR_BEFORE_LAST -> DateRange.year(reference.getYear() - 2);
            case TODAY -> new DateRange(reference, end);
            case YESTERDAY -> new DateRange(reference.minusDays(1), reference);
        };
    }

    private static DateRange month(int year, int month) {
        LocalDate from = LocalDate.of(year, month, 1);
        return new DateRange(from, from.plusMonths(1));
    }

    private static DateRange quarter(int year, int q) {
        LocalDate from = LocalDate.of(year, 3 * (q - 1) + 1, 1);
        return new DateRange(from, from.plusMonths(3));
    }

    private static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    private static LocalDate start(Unit unit, LocalDate d) {
        return switch (unit) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), 3 * (quarterOf(d) - 1) + 1, 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    private static java.time.temporal.TemporalUnit chrono(Unit unit) {
        return switch (unit) {
            case DAY -> java.time.temporal.ChronoUnit.DAYS;
            case WEEK -> java.time.temporal.ChronoUnit.WEEKS;
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS;
            case QUARTER -> java.time.temporal.IsoFields.QUARTER_YEARS;
            case YEAR -> java.time.temporal.ChronoUnit.YEARS;
        };
    }
}
