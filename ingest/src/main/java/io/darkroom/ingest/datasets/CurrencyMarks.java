package io.darkroom.ingest.datasets;

import java.util.Map;

/** Currency symbols and ISO 4217 codes as written next to amounts. */
final class CurrencyMarks {
    /** '$' alone is read as USD: the most common meaning in business files; documented. */
    private static final Map<String, String> SYMBOLS = Map.of(
            "€", "EUR", "$", "USD", "US$", "USD", "£", "GBP", "¥", "JPY", "CHF", "CHF", "Fr.", "CHF");

    private CurrencyMarks() {
    }

    /** The ISO code for a symbol ("€") or a code ("EUR"), or null when the text is neither. */
    static String codeOf(String mark) {
        if (mark == null || mark.isEmpty()) {
            return null;
        }
        String symbol = SYMBOLS.get(mark);
        if (symbol != null) {
            return symbol;
        }
        return CellFormats.isIsoCurrency(mark) ? mark : null;
    }
}
