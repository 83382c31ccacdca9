package io.darkroom.ingest.datasets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders typed spreadsheet cells as canonical text: plain decimals with '.', ISO dates, and what
 * the number format shows that the value alone does not (currency, percent, decimals), so that
 * "#,##0.00" money of 18.0 stays a decimal column and "0.0%" keeps its meaning.
 */
final class CellFormats {
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"([^\"]*)\"|\\[\\$([^\\]-]*)");
    private static final Pattern DECIMALS = Pattern.compile("\\.(0+)");

    private CellFormats() {
    }

    static String isoDateTime(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
    }

    static String number(double value, String format) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String section = format == null ? "" : format.split(";", 2)[0];
        // 15 significant digits: what Excel shows, without binary noise such as 0.15000000000000002.
        BigDecimal number = new BigDecimal(value, MathContext.DECIMAL64).round(new MathContext(15));
        if (isPercent(section)) {
            return plain(number.movePointRight(2)) + "%";
        }
        Matcher decimals = DECIMALS.matcher(section);
        String text = plain(number);
        // The format's decimals say the column holds fractions even when a value is whole (18.00).
        if (decimals.find() && plainScale(number) <= decimals.group(1).length()) {
            text = number.setScale(decimals.group(1).length(), RoundingMode.HALF_UP).toPlainString();
        }
        String currency = currency(section);
        return currency == null ? text : currency + " " + text;
    }

    private static int plainScale(BigDecimal number) {
        return Math.max(number.stripTrailingZeros().scale(), 0);
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static boolean isPercent(String section) {
        return section.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    /** The ISO code of a currency symbol or code the format prints, or null. */
    static String currency(String section) {
        Matcher m = QUOTED_OR_BRACKETED.matcher(section);
        while (m.find()) {
            String literal = m.group(1) != null ? m.group(1) : m.group(2);
            String code = CurrencyMarks.codeOf(literal.strip());
            if (code != null) {
                return code;
            }
        }
        String bare = section.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "");
        for (char c : bare.toCharArray()) {
            String code = CurrencyMarks.codeOf(String.valueOf(c));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    static boolean isIsoCurrency(String code) {
        try {
            return code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))
                    && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException notACurrency) {
            return false;
        }
    }
}
