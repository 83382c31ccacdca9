package io.darkroom.analytics.insight;

import org.apache.spark.sql.Column;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.to_date;

/**
 * A time grain of insight series. A period is identified by its first day; labels are what people
 * read ("2024-11", "2024-Q3", "week of 2024-03-04").
 */
public enum Grain {
    DAY(7), WEEK(52), MONTH(12), QUARTER(4), YEAR(1);

    private final int seasonalPeriod;

    Grain(int seasonalPeriod) {
        this.seasonalPeriod = seasonalPeriod;
    }

    /** The cycle length a season would have at this grain (a week of days, a year of months...). */
    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    public static Grain parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw io.darkroom.core.DarkroomException.userInput("Cannot use time grain '" + text
                    + "': use day, week, month, quarter or year");
        }
    }

    /** The grain that gives a series of a useful length for the data's span: months for two years or more. */
    public static Grain forSpan(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days >= 730 ? MONTH : days >= 180 ? WEEK : DAY;
    }

    /** Spark column: the first day of the period of a date/timestamp column. */
    public Column start(Column time) {
        return to_date(date_trunc(name().toLowerCase(Locale.ROOT), time));
    }

    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
        };
    }

    public LocalDate next(LocalDate start) {
        return plus(start, 1);
    }

    public LocalDate plus(LocalDate start, long periods) {
        return switch (this) {
            case DAY -> start.plusDays(periods);
            case WEEK -> start.plusWeeks(periods);
            case MONTH -> start.plusMonths(periods);
            case QUARTER -> start.plusMonths(3 * periods);
            case YEAR -> start.plusYears(periods);
        };
    }

    /** True when the data (ending on {@code lastDay}) covers less than 80 % of the period starting at {@code start}. */
    public boolean partial(LocalDate start, LocalDate lastDay) {
        long length = ChronoUnit.DAYS.between(start, next(start));
        long covered = ChronoUnit.DAYS.between(start, lastDay) + 1;
        return covered < 0.8 * length;
    }

    /** The label tables and the insights table use: 2024-11-05, 2024-11-04 (week start), 2024-11, 2024-Q4, 2024. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY, WEEK -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The label a sentence uses: "Nov 2024", "Q4 2024", "the week of 4 Nov 2024". */
    public String spoken(LocalDate start) {
        return switch (this) {
            case DAY -> start.getDayOfMonth() + " " + start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
            case WEEK -> "the week of " + DAY.spoken(start);
            case MONTH -> start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
            case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** Name of a phase of the season: month names for months, weekday names for days, "Q1".. for quarters. */
    public String phaseName(LocalDate start) {
        return switch (this) {
            case DAY -> start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case WEEK -> "week " + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    public String adjective() {
        return switch (this) {
            case DAY -> "daily";
            case WEEK -> "weekly";
            case MONTH -> "monthly";
            case QUARTER -> "quarterly";
            case YEAR -> "yearly";
        };
    }
}
