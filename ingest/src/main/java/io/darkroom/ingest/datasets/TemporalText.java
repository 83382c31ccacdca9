package io.darkroom.ingest.datasets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates and timestamps: ISO ("2024-03-05", "2024-03-05 10:15:00.000", with 'T' and an
 * offset), numeric day/month/year in either order ("05/03/2024", "3.5.24"), English month names
 * ("5 Mar 2024", "Mar 5, 2024", "05-Mar-2024") and months ("2024-03", "March 2024": the 1st).
 * Timestamps with an offset are converted to UTC; without one they are taken as UTC, the
 * session time zone.
 */
final class TemporalText {
    /** How a column writes numeric dates whose first two parts could both be the day. */
    enum DateOrder { DAY_FIRST, MONTH_FIRST }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final List<DateTimeFormatter> NAMED = List.of(
            named("d MMM uuuu"), named("d MMMM uuuu"), named("d-MMM-uuuu"), named("d-MMM-uu"),
            named("MMM d, uuuu"), named("MMMM d, uuuu"), named("EEE, d MMM uuuu"), named("EEEE, MMMM d, uuuu"));
    private static final List<DateTimeFormatter> NAMED_MONTHS = List.of(named("MMM uuuu"), named("MMMM uuuu"));

    private TemporalText() {
    }

    /** The value as a date-time (midnight for a date), or null when the text is not one. */
    static LocalDateTime parse(String text, DateOrder order) {
        String s = text.strip();
        if (s.length() < 6 || s.length() > 40 || !Character.isLetterOrDigit(s.charAt(0))) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return dateTime(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)), iso, 4, iso.group(8));
            }
            Matcher numeric = NUMERIC.matcher(s);
            if (numeric.matches()) {
                int first = num(numeric, 1);
                int second = num(numeric, 2);
                int year = num(numeric, 3);
                year = numeric.group(3).length() == 2 ? 2000 + year - (year > 69 ? 100 : 0) : year;
                LocalDate date = order == DateOrder.DAY_FIRST
                        ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
                return dateTime(date, numeric, 4, null);
            }
            Matcher ym = YEAR_MONTH.matcher(s);
            if (ym.matches()) {
                return LocalDate.of(num(ym, 1), num(ym, 2), 1).atStartOfDay();
            }
            if (hasLetterAndDigit(s)) {
                return parseNamed(s);
            }
        } catch (DateTimeException invalid) {
            return null; // 31/02/2024, 13 as a month: not a date
        }
        return null;
    }

    /**
     * Day-first unless a value proves month-first (second part above 12 while no value has a first
     * part above 12). Day-first is the default because most of the world writes it and ISO needs
     * no guess; a US file with only ambiguous dates (all days <= 12) is the documented blind spot.
     */
    static DateOrder order(Iterable<String> values) {
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        for (String value : values) {
            Matcher m = NUMERIC.matcher(value.strip());
            if (m.matches()) {
                firstOver12 |= num(m, 1) > 12;
                secondOver12 |= num(m, 2) > 12;
            }
        }
        return secondOver12 && !firstOver12 ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }

    private static LocalDateTime dateTime(LocalDate date, Matcher m, int hourGroup, String offset) {
        if (m.group(hourGroup) == null) {
            return date.atStartOfDay();
        }
        int seconds = m.group(hourGroup + 2) == null ? 0 : num(m, hourGroup + 2);
        String fraction = m.groupCount() >= hourGroup + 3 ? m.group(hourGroup + 3) : null;
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(num(m, hourGroup), num(m, hourGroup + 1), seconds, nanos));
        if (offset == null || offset.equals("Z")) {
            return local;
        }
        ZoneOffset zone = ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
        return OffsetDateTime.of(local, zone).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static boolean hasLetterAndDigit(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().anyMatch(Character::isDigit);
    }

    private static LocalDateTime parseNamed(String s) {
        for (DateTimeFormatter f : NAMED) {
            try {
                return LocalDate.parse(s, f).atStartOfDay();
            } catch (DateTimeParseException next) {
                // try the next pattern
            }
        }
        for (DateTimeFormatter f : NAMED_MONTHS) {
            try {
                return YearMonth.parse(s, f).atDay(1).atStartOfDay();
            } catch (DateTimeParseException next) {
                // try the next pattern
            }
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static DateTimeFormatter named(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
