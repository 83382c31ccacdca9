package io.darkroom.ingest.datasets;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses numbers as people write them in files: an optional currency symbol or ISO code before or
 * after, a sign or accounting parentheses, thousands separators ("1,234.56", "1.234,56",
 * "1 234,56", "1'234.56"), a trailing '%'. The decimal mark is decided per column
 * ({@link #decimalComma}) because "1,234" alone cannot tell.
 */
final class NumberText {
    /** A number with its markings; {@code percent} values are already divided by 100. */
    record Parsed(BigDecimal value, String currency, boolean percent, boolean hasFraction) {
    }

    private static final Pattern MARKED = Pattern.compile(
            "^(?<pre>[€$£¥]|US\\$|[A-Z]{3})?\\s*(?<sign>[-+\u2212])?\\s*(?<pre2>[€$£¥]|US\\$|[A-Z]{3})?\\s*"
                    + "(?<body>[0-9][0-9.,'\u00a0\u202f ]*|[.,][0-9]+)\\s*(?<pct>%)?\\s*(?<post>[€$£¥]|[A-Z]{3})?$");
    private static final String GROUP = "[,'\u00a0\u202f ]";
    private static final Pattern DOT_DECIMAL = Pattern.compile("[0-9]{1,3}(" + GROUP + "[0-9]{3})+(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[0-9]{1,3}([.'\u00a0\u202f ][0-9]{3})+(,[0-9]+)?|[0-9]+(,[0-9]+)?|,[0-9]+");
    private static final Pattern EVIDENCE = Pattern.compile("[0-9.,'\u00a0\u202f ]+");

    private NumberText() {
    }

    /** The parsed number, or null when the text is not one (a code with leading zeros is not). */
    static Parsed parse(String text, boolean decimalComma) {
        String s = text.strip();
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("-") && s.length() > 1 && Character.isDigit(s.charAt(s.length() - 2))) {
            negative = true; // SAP-style trailing minus: "1.234,00-"
            s = s.substring(0, s.length() - 1);
        }
        Matcher m = MARKED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String currency = null;
        for (String group : new String[]{"pre", "pre2", "post"}) {
            if (m.group(group) != null) {
                String code = CurrencyMarks.codeOf(m.group(group));
                if (code == null || (currency != null && !currency.equals(code))) {
                    return null;
                }
                currency = code;
            }
        }
        String body = m.group("body").strip();
        if (!(decimalComma ? COMMA_DECIMAL : DOT_DECIMAL).matcher(body).matches()) {
            return null;
        }
        char mark = decimalComma ? ',' : '.';
        String digits = body.replaceAll("[^0-9" + mark + "]", "").replace(mark, '.');
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.') {
            return null; // "05021": a postal code or an id, not the number 5021
        }
        BigDecimal value = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
        String sign = m.group("sign");
        if (sign != null && !sign.equals("+")) {
            negative = !negative;
        }
        boolean percent = m.group("pct") != null;
        if (percent && currency != null) {
            return null;
        }
        if (percent) {
            value = value.movePointLeft(2);
        }
        return new Parsed(negative ? value.negate() : value, currency, percent, digits.indexOf('.') >= 0);
    }

    /**
     * Whether a column writes ',' as its decimal mark: each value whose separators are unambiguous
     * votes ("1.234,56", "12,5", "1,234.5", "0.25"); "1,234" or "1.234" alone do not vote. A tie
     * goes to {@code hint} (the file's convention).
     */
    static boolean decimalComma(Iterable<String> values, boolean hint) {
        int comma = 0;
        int dot = 0;
        for (String value : values) {
            Matcher m = EVIDENCE.matcher(value);
            if (!m.find()) {
                continue;
            }
            String body = m.group().strip();
            int lastComma = body.lastIndexOf(',');
            int lastDot = body.lastIndexOf('.');
            if (lastComma >= 0 && lastDot >= 0) {
                if (lastComma > lastDot) {
                    comma++;
                } else {
                    dot++;
                }
            } else if (lastComma >= 0 && body.indexOf(',') == lastComma && body.length() - lastComma - 1 != 3) {
                comma++;
            } else if (lastDot >= 0 && body.indexOf('.') == lastDot && body.length() - lastDot - 1 != 3) {
                dot++;
            } else if (lastComma >= 0 && body.indexOf(',') != lastComma) {
                dot++; // "1,234,567": commas group, so a dot would be the decimal mark
            } else if (lastDot >= 0 && body.indexOf('.') != lastDot) {
                comma++;
            }
        }
        return comma == dot ? hint : comma > dot;
    }
}
