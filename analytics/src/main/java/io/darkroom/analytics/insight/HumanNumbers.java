package io.darkroom.analytics.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as people read them in a sentence: "€1.2 M", "2,164", "14 %", "3.4×", "up 14 %".
 * Narration only; tables keep the exact values.
 */
public final class HumanNumbers {
    private static final Map<String, String> SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£", "JPY", "¥", "CHF", "CHF ");

    private HumanNumbers() {
    }

    /** A measure value in its unit: money with symbol and scale, counts as integers, other values with 2 significant decimals. */
    public static String value(double v, String unit, boolean integral) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        if (unit != null && !unit.isBlank()) {
            String symbol = SYMBOLS.get(unit.toUpperCase(Locale.ROOT));
            String sign = v < 0 ? "-" : "";
            return symbol != null ? sign + symbol + scaled(Math.abs(v)) : scaled(v) + " " + unit;
        }
        if (integral || Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) >= 1) {
            return Math.abs(v) >= 1e6 ? scaled(v) : String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        return Math.abs(v) >= 1e4 ? scaled(v) : significant(v);
    }

    /** 1,234 / 12.3 k / 1.2 M / 3.4 bn (one decimal above ten thousand, where exact digits only distract). */
    static String scaled(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return oneDecimal(v / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return oneDecimal(v / 1e6) + " M";
        }
        if (a >= 1e4) {
            return oneDecimal(v / 1e3) + " k";
        }
        return a >= 100 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : significant(v);
    }

    /** A fraction 0.14 as "14 %"; below 1 % with one decimal ("0.4 %"). */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "n/a";
        }
        double p = fraction * 100;
        return (Math.abs(p) < 1 && p != 0 ? oneDecimal(p) : String.format(Locale.ROOT, "%,d", Math.round(p))) + " %";
    }

    /** Relative change as "up 14 %" / "down 3 %" / "unchanged"; from zero it is "up from nothing". */
    public static String change(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            return "changed";
        }
        if (from == 0) {
            return to == 0 ? "unchanged" : to > 0 ? "up from zero" : "down from zero";
        }
        double rel = (to - from) / Math.abs(from);
        if (Math.abs(rel) < 0.005) {
            return "unchanged";
        }
        return (rel > 0 ? "up " : "down ") + percent(Math.abs(rel));
    }

    /** A ratio as "3.4×" (two significant digits under 10, whole numbers above). */
    public static String times(double ratio) {
        if (Double.isInfinite(ratio)) {
            return "∞×";
        }
        if (Double.isNaN(ratio)) {
            return "n/a";
        }
        return (ratio >= 10 ? String.format(Locale.ROOT, "%,d", Math.round(ratio)) : oneDecimal(ratio)) + "×";
    }

    private static String oneDecimal(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Two significant digits after the leading ones: 0.33, -0.25, 12.4, 3.0 → "3". */
    private static String significant(double v) {
        if (v == 0) {
            return "0";
        }
        int scale = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(v))));
        scale = Math.min(scale, 4);
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
