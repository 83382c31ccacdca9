package io.darkroom.analytics.enrich;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money: a decimal amount (never a double) and its ISO 4217 currency code. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Cannot make money with currency '" + currency + "': use an ISO 4217 code");
        }
    }

    /** "EUR 12480.00": code, space, plain decimal with at least two decimals. */
    public String normalized() {
        BigDecimal shown = amount.scale() < 2 ? amount.setScale(2) : amount;
        return currency + " " + shown.toPlainString();
    }
}
