package io.darkroom.nlq.answer;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;

import java.util.Locale;
import java.util.Map;

/** Numbers for sentences: thousands separators, two decimals for amounts, the measure's currency. */
final class Numbers {
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

    private Numbers() {
    }

    static String format(Object value, Measure m) {
        if (value == null) {
            return "no value";
        }
        if (!(value instanceof Number n)) {
            return value.toString();
        }
        boolean whole = m == null || m.aggregation() == Aggregation.COUNT || m.aggregation() == Aggregation.DISTINCT_COUNT;
        String digits = whole && n.doubleValue() == Math.rint(n.doubleValue())
                ? String.format(Locale.ROOT, "%,d", n.longValue())
                : String.format(Locale.ROOT, "%,.2f", n.doubleValue());
        if (m != null && m.unit() != null && !whole) {
            String symbol = SYMBOLS.get(m.unit());
            return symbol != null ? symbol + digits : digits + " " + m.unit();
        }
        return digits;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
