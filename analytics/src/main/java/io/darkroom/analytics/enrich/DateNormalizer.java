package io.darkroom.analytics.enrich;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO dates from SUTime's normalised values ("2024-03-15", "2024-03-15T10:00") and, as a fallback
 * when SUTime did not run on a sentence, from the common unambiguous written forms. A slash date
 * whose day and month could swap (03/04/2024) gives nothing rather than a guess.
 */
public final class DateNormalizer {
    private static final Pattern TIMEX_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            formatter("yyyy-MM-dd"), formatter("d MMMM yyyy"), formatter("d MMM yyyy"),
            formatter("MMMM d, yyyy"), formatter("MMM d, yyyy"), formatter("MMMM d yyyy"),
            formatter("MMM d yyyy"), formatter("d MMM. yyyy"), formatter("MMM. d, yyyy"));

    private DateNormalizer() {
    }

    /** The day a SUTime value names, when it names exactly one. */
    public static Optional<LocalDate> fromTimex(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = TIMEX_DAY.matcher(value.strip());
        return m.matches() ? tryParse(m.group(1), DateTimeFormatter.ISO_LOCAL_DATE) : Optional.empty();
    }

    /** The day a written date names ("15 March 2024", "March 15th, 2024", "15.03.2024"). */
    public static Optional<LocalDate> parse(String surface) {
        if (surface == null) {
            return Optional.empty();
        }
        String s = ORDINAL.matcher(surface.strip().replaceAll("\\s+", " ")).replaceAll("$1");
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.matches()) {
            return numeric(Integer.parseInt(numeric.group(1)), numeric.group(2), Integer.parseInt(numeric.group(3)),
                    Integer.parseInt(numeric.group(4)));
        }
        for (DateTimeFormatter f : WRITTEN) {
            Optional<LocalDate> d = tryParse(s, f);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> numeric(int first, String separator, int second, int year) {
        try {
            if (separator.equals(".") || first > 12) {
                return Optional.of(LocalDate.of(year, second, first));
            }
            if (second > 12) {
                return Optional.of(LocalDate.of(year, first, second));
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> tryParse(String s, DateTimeFormatter f) {
        try {
            return Optional.of(LocalDate.parse(s, f));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
