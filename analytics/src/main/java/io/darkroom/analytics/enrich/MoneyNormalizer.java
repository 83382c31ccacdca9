package io.darkroom.analytics.enrich;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises money in text: "EUR 12,480.00", "$1.2 million", "€ 5.000,00",
 * "12.480,00 EUR", "3,000 euros". CoreNLP's MONEY tags miss ISO codes before a number and
 * European number formats, so this pattern pass decides MONEY spans and values; a bare "$" is USD.
 */
public final class MoneyNormalizer {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("DOLLARS", "USD"), Map.entry("DOLLAR", "USD"),
            Map.entry("EUROS", "EUR"), Map.entry("EURO", "EUR"), Map.entry("POUNDS", "GBP"));
    private static final String CODES = "USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|CZK|CNY|INR";
    private static final String NUMBER = "\\d{1,3}(?:[.,\\u00A0\\u202F']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?";
    private static final String MAGNITUDE = "(?:\\s?(million|billion|thousand|mn|bn|[mk])\\b)?";
    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![\\w$€£¥])(US\\$|[$€£¥]|(?:" + CODES + ")\\b)\\s?(" + NUMBER + ")" + MAGNITUDE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<![\\w.,])(" + NUMBER + ")" + MAGNITUDE + "\\s?(€|(?:" + CODES + "|dollars?|euros?|pounds)\\b)",
            Pattern.CASE_INSENSITIVE);

    private MoneyNormalizer() {
    }

    /** A money mention: char offsets into the searched text and its value. */
    public record Found(int begin, int end, Money money) {
    }

    /** Every money mention in the text, left to right, never overlapping. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = PREFIXED.matcher(text);
        while (m.find()) {
            toMoney(m.group(1), m.group(2), m.group(3)).ifPresent(v -> found.add(new Found(m.start(), m.end(), v)));
        }
        Matcher s = SUFFIXED.matcher(text);
        while (s.find()) {
            int b = s.start();
            int e = s.end();
            if (found.stream().noneMatch(f -> f.begin() < e && b < f.end())) {
                toMoney(s.group(3), s.group(1), s.group(2)).ifPresent(v -> found.add(new Found(b, e, v)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return List.copyOf(found);
    }

    /** The value of one money mention's surface text ("$1.2 million"), if it is one. */
    public static Optional<Money> parse(String surface) {
        List<Found> found = find(surface.strip());
        return found.size() == 1 ? Optional.of(found.get(0).money()) : Optional.empty();
    }

    private static Optional<Money> toMoney(String currencyText, String number, String magnitude) {
        String key = currencyText.toUpperCase(Locale.ROOT);
        String currency = SYMBOLS.getOrDefault(key, key);
        if (!currency.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        return DecimalText.parse(number, magnitude != null)
                .map(v -> magnitude == null ? v : v.multiply(multiplier(magnitude)).stripTrailingZeros())
                .map(v -> v.scale() < 0 ? v.setScale(0) : v)
                .map(v -> new Money(v, currency));
    }

    private static BigDecimal multiplier(String magnitude) {
        return switch (magnitude.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000);
            case "million", "mn", "m" -> BigDecimal.valueOf(1_000_000);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
            default -> throw new IllegalStateException("Cannot scale money by '" + magnitude + "': unknown magnitude");
        };
    }
}
