package io.darkroom.analytics.enrich;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "12.5%", "12,5 %", "15 percent" as a fraction (0.125); percents are stored as fractions. */
public final class PercentNormalizer {
    private static final Pattern PERCENT = Pattern.compile(
            "(-?\\d+(?:[.,]\\d+)?)\\s?(?:%|per\\s?cent|pct\\b)", Pattern.CASE_INSENSITIVE);

    private PercentNormalizer() {
    }

    public static Optional<BigDecimal> parse(String surface) {
        Matcher m = PERCENT.matcher(surface);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        return Optional.of(value.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).stripTrailingZeros());
    }
}
