package io.darkroom.sample.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Euro amounts with two decimals, written the way invoices and e-mails print them. */
public final class Money {
    private Money() {
    }

    public static BigDecimal euros(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** "EUR 12,480.00". */
    public static String format(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "EUR %,.2f", amount);
    }
}
