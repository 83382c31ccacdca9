package io.darkroom.ingest.datasets;

import io.darkroom.ingest.datasets.ColumnType.AmountColumn;
import io.darkroom.ingest.datasets.ColumnType.BooleanColumn;
import io.darkroom.ingest.datasets.ColumnType.DateColumn;
import io.darkroom.ingest.datasets.ColumnType.DecimalColumn;
import io.darkroom.ingest.datasets.ColumnType.IntegerColumn;
import io.darkroom.ingest.datasets.ColumnType.PercentColumn;
import io.darkroom.ingest.datasets.ColumnType.StringColumn;
import io.darkroom.ingest.datasets.ColumnType.TimestampColumn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a column's type from all its values and converts them. Candidates are tried in order
 * boolean, date/timestamp, number (percent, amount, integer, decimal); the first that parses at
 * least {@code typedShare} of the non-empty values wins, else string. Values that do not parse
 * become null and are counted. A candidate is abandoned as soon as its failures exceed the
 * allowance, so a text column costs little.
 */
final class ColumnTyper {
    private static final Set<String> NULL_MARKERS = Set.of("null", "n/a", "#n/a", "na", "-", "--", "\u2014", "nan");
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "ja", "oui");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "nein", "non");
    private static final Pattern HEADER_CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])|([€$£¥])");
    private static final Pattern HEADER_PERCENT = Pattern.compile("%|(?i)\\b(percent|percentage|pct)\\b");

    /** A typed column: its profile and one value per row (null for empty or unparsed). */
    record Typed(ColumnProfile profile, Object[] values) {
    }

    private final double typedShare;

    ColumnTyper(double typedShare) {
        this.typedShare = typedShare;
    }

    static boolean isEmpty(String value) {
        return value == null || value.isBlank() || NULL_MARKERS.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    Typed type(String name, String label, List<String> values, boolean decimalCommaHint) {
        long nonEmpty = values.stream().filter(v -> !isEmpty(v)).count();
        if (nonEmpty == 0) {
            return new Typed(new ColumnProfile(name, label, new StringColumn(), 0, 0), new Object[values.size()]);
        }
        long allowed = (long) Math.floor(nonEmpty * (1 - typedShare) + 1e-9);
        Typed typed = booleans(name, label, values, nonEmpty, allowed);
        if (typed == null) {
            typed = temporals(name, label, values, nonEmpty, allowed);
        }
        if (typed == null) {
            typed = numbers(name, label, values, nonEmpty, allowed, NumberText.decimalComma(nonEmptyOf(values), decimalCommaHint));
        }
        if (typed == null) {
            Object[] texts = values.stream().map(v -> isEmpty(v) ? null : v).toArray();
            typed = new Typed(new ColumnProfile(name, label, new StringColumn(), nonEmpty, 0), texts);
        }
        return typed;
    }

    private static Typed booleans(String name, String label, List<String> values, long nonEmpty, long allowed) {
        Object[] out = new Object[values.size()];
        long failed = 0;
        for (int i = 0; i < out.length; i++) {
            String v = values.get(i);
            if (isEmpty(v)) {
                continue;
            }
            String key = v.strip().toLowerCase(Locale.ROOT);
            out[i] = TRUE.contains(key) ? Boolean.TRUE : FALSE.contains(key) ? Boolean.FALSE : null;
            if (out[i] == null && ++failed > allowed) {
                return null;
            }
        }
        return new Typed(new ColumnProfile(name, label, new BooleanColumn(), nonEmpty, failed), out);
    }

    private static Typed temporals(String name, String label, List<String> values, long nonEmpty, long allowed) {
        TemporalText.DateOrder order = TemporalText.order(nonEmptyOf(values));
        LocalDateTime[] parsed = new LocalDateTime[values.size()];
        long failed = 0;
        boolean anyTime = false;
        for (int i = 0; i < parsed.length; i++) {
            String v = values.get(i);
            if (isEmpty(v)) {
                continue;
            }
            parsed[i] = TemporalText.parse(v, order);
            if (parsed[i] == null && ++failed > allowed) {
                return null;
            }
            anyTime |= parsed[i] != null && !parsed[i].toLocalTime().equals(LocalTime.MIDNIGHT);
        }
        Object[] out = new Object[parsed.length];
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i] != null) {
                // Midnight everywhere means a date written with a time part ("1996-07-04 00:00:00.000").
                out[i] = anyTime ? Timestamp.from(parsed[i].toInstant(ZoneOffset.UTC)) : Date.valueOf(parsed[i].toLocalDate());
            }
        }
        ColumnType type = anyTime ? new TimestampColumn(order) : new DateColumn(order);
        return new Typed(new ColumnProfile(name, label, type, nonEmpty, failed), out);
    }

    private Typed numbers(String name, String label, List<String> values, long nonEmpty, long allowed, boolean decimalComma) {
        NumberText.Parsed[] parsed = new NumberText.Parsed[values.size()];
        long failed = 0;
        long percents = 0;
        Set<String> currencies = new HashSet<>();
        boolean fraction = false;
        for (int i = 0; i < parsed.length; i++) {
            String v = values.get(i);
            if (isEmpty(v)) {
                continue;
            }
            parsed[i] = NumberText.parse(v, decimalComma);
            if (parsed[i] == null) {
                if (++failed > allowed) {
                    return null;
                }
                continue;
            }
            percents += parsed[i].percent() ? 1 : 0;
            fraction |= parsed[i].hasFraction();
            if (parsed[i].currency() != null) {
                currencies.add(parsed[i].currency());
            }
        }
        if (currencies.size() > 1) {
            return null; // amounts in several currencies cannot be summed: keep the text
        }
        boolean percentColumn = percents >= Math.ceil(nonEmpty * typedShare);
        String currency = currencies.isEmpty() ? headerCurrency(label) : currencies.iterator().next();
        boolean headerPercent = !percentColumn && currency == null && label != null && HEADER_PERCENT.matcher(label).find();
        boolean scaleHundred = headerPercent && anyAbsAbove(parsed, BigDecimal.ONE);
        BigDecimal[] numbers = new BigDecimal[parsed.length];
        int scale = 0;
        boolean fitsLong = true;
        for (int i = 0; i < parsed.length; i++) {
            NumberText.Parsed p = parsed[i];
            if (p == null) {
                continue;
            }
            if (p.percent() != percentColumn) {
                // A "12%" among plain numbers (or the reverse) has another unit: count it, do not guess.
                if (++failed > allowed) {
                    return null;
                }
                continue;
            }
            numbers[i] = scaleHundred ? p.value().movePointLeft(2) : p.value();
            scale = Math.max(scale, Math.max(numbers[i].stripTrailingZeros().scale(), p.hasFraction() ? numbers[i].scale() : 0));
            fitsLong &= numbers[i].abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        }
        scale = Math.min(scale, ColumnType.MAX_SCALE);
        ColumnType type;
        if (percentColumn || headerPercent) {
            type = new PercentColumn(scale);
        } else if (currency != null) {
            type = new AmountColumn(currency, scale);
        } else if (!fraction && fitsLong) {
            type = new IntegerColumn();
        } else {
            type = new DecimalColumn(scale);
        }
        Object[] out = new Object[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] != null) {
                out[i] = type instanceof IntegerColumn ? (Object) numbers[i].longValueExact()
                        : numbers[i].setScale(scale, RoundingMode.HALF_UP);
            }
        }
        return new Typed(new ColumnProfile(name, label, type, nonEmpty, failed), out);
    }

    /** A currency the header names ("Net revenue (EUR)", "Amount in €"), or null. */
    static String headerCurrency(String label) {
        if (label == null) {
            return null;
        }
        Matcher m = HEADER_CODE.matcher(label);
        while (m.find()) {
            String code = CurrencyMarks.codeOf(m.group(1) != null ? m.group(1) : m.group(2));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static boolean anyAbsAbove(NumberText.Parsed[] parsed, BigDecimal limit) {
        for (NumberText.Parsed p : parsed) {
            if (p != null && p.value().abs().compareTo(limit) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> nonEmptyOf(List<String> values) {
        return values.stream().filter(v -> !isEmpty(v)).toList();
    }
}
