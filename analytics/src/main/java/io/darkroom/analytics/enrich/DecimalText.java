package io.darkroom.analytics.enrich;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number written with either decimal convention ("12,480.00", "5.000,00", "5 000,50",
 * "1'250.5", "1.2"). Rule for the one ambiguous shape, a single separator followed by exactly three
 * digits ("5.000", "1,250"): a thousands separator, because amounts in business text rarely carry
 * three decimals; callers that know a magnitude word follows ("1.250 million") pass that.
 */
final class DecimalText {
    private static final Pattern GROUP_SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009']");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private DecimalText() {
    }

    static Optional<BigDecimal> parse(String raw, boolean magnitudeFollows) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = GROUP_SPACES.matcher(raw.strip()).replaceAll("");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            plain = lastDot > lastComma ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
        } else if (lastComma >= 0) {
            boolean grouping = GROUPED_COMMA.matcher(s).matches() && !(magnitudeFollows && s.indexOf(',') == lastComma);
            plain = grouping ? s.replace(",", "") : s.replace(',', '.');
        } else if (lastDot >= 0) {
            boolean grouping = GROUPED_DOT.matcher(s).matches() && !(magnitudeFollows && s.indexOf('.') == lastDot);
            plain = grouping ? s.replace(".", "") : s;
        } else {
            plain = s;
        }
        return PLAIN.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }
}
