package io.darkroom.bench.wtq;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer value as the official WikiTableQuestions evaluator (evaluator.py, Pasupat and Liang 2015)
 * sees it: a number, a date (year, month, day; unknown parts as -1) or a normalised string. Two
 * values match when numbers are equal, dates are equal, or normalised strings are equal; a number
 * also matches a string that normalises to the same text. One deliberate leniency: numbers written
 * with thousands separators ("12,467") count as numbers, as a reader would read them.
 */
public sealed interface WtqValue {
    Pattern CITATION = Pattern.compile("((?<!^)\\[[^\\]]*\\]|\\[\\d+\\]|[•♦†‡*#+])*$");
    Pattern PARENTHESIS = Pattern.compile("(?<!^)( \\([^)]*\\))*$");
    Pattern QUOTED = Pattern.compile("^\"([^\"]*)\"$");
    Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][-+]?\\d+)?");
    Pattern ISO_DATE = Pattern.compile("(\\d{4}|xx)-(\\d{1,2}|xx)-(\\d{1,2}|xx)");

    /** Whether this predicted value counts as the gold value {@code gold}. */
    boolean matches(WtqValue gold);

    /** The normalised text (what strings are compared on). */
    String normalized();

    record Text(String normalized) implements WtqValue {
        public Text {
            Objects.requireNonNull(normalized, "normalized");
        }

        @Override
        public boolean matches(WtqValue gold) {
            return normalized.equals(gold.normalized());
        }
    }

    record Number(double amount, String normalized) implements WtqValue {
        @Override
        public boolean matches(WtqValue gold) {
            return gold instanceof Number n ? Math.abs(n.amount - amount) < 1e-6 : normalized.equals(gold.normalized());
        }
    }

    /** A date; -1 stands for an unknown year, month or day ("xx" in the gold). */
    record Date(int year, int month, int day, String normalized) implements WtqValue {
        @Override
        public boolean matches(WtqValue gold) {
            return gold instanceof Date d ? d.year == year && d.month == month && d.day == day : normalized.equals(gold.normalized());
        }
    }

    /** A gold or predicted cell: numbers and ISO dates by their value, anything else by its normalised text. */
    static WtqValue of(Object raw) {
        if (raw instanceof java.lang.Number n) {
            double d = n.doubleValue();
            return new Number(d, normalize(plain(d)));
        }
        if (raw instanceof LocalDate ld) {
            return date(ld.getYear(), ld.getMonthValue(), ld.getDayOfMonth());
        }
        if (raw instanceof LocalDateTime ldt) {
            return date(ldt.getYear(), ldt.getMonthValue(), ldt.getDayOfMonth());
        }
        if (raw instanceof java.sql.Date sd) {
            return of(sd.toLocalDate());
        }
        if (raw instanceof java.sql.Timestamp ts) {
            return of(ts.toLocalDateTime());
        }
        String text = normalize(raw == null ? "" : raw.toString());
        if (!text.isEmpty() && NUMBER.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
            try {
                return new Number(Double.parseDouble(text.replace(",", "")), text);
            } catch (NumberFormatException e) {
                // falls through to text
            }
        }
        Matcher m = ISO_DATE.matcher(text);
        if (m.matches()) {
            return new Date(part(m.group(1)), part(m.group(2)), part(m.group(3)), text);
        }
        return new Text(text);
    }

    static List<WtqValue> all(Collection<?> raw) {
        List<WtqValue> out = new ArrayList<>();
        raw.forEach(r -> out.add(of(r)));
        return out;
    }

    /**
     * The evaluator's set rule: as many predicted values as gold values, and every predicted value
     * matches some gold value.
     */
    static boolean sameAnswer(List<WtqValue> predicted, List<WtqValue> gold) {
        if (predicted.size() != gold.size()) {
            return false;
        }
        for (WtqValue p : predicted) {
            if (gold.stream().noneMatch(p::matches)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The evaluator's string normalisation: no diacritics, plain quotes and dashes, no trailing
     * citations, footnote marks or parenthesised details, no outer quotes, no final period, single
     * spaces, lower case.
     */
    static String normalize(String s) {
        String x = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{Mn}", "");
        x = x.replaceAll("[‘’´`]", "'").replaceAll("[“”]", "\"").replaceAll("[‐‑‒–—−]", "-");
        while (true) {
            String old = x;
            x = CITATION.matcher(x.strip()).replaceAll("");
            x = PARENTHESIS.matcher(x.strip()).replaceAll("");
            x = QUOTED.matcher(x.strip()).replaceAll("$1");
            if (x.equals(old)) {
                break;
            }
        }
        if (x.endsWith(".")) {
            x = x.substring(0, x.length() - 1);
        }
        return x.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT).strip();
    }

    private static String plain(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static Date date(int y, int m, int d) {
        return new Date(y, m, d, String.format("%04d-%02d-%02d", y, m, d));
    }

    private static int part(String s) {
        return "xx".equals(s) ? -1 : Integer.parseInt(s);
    }
}
