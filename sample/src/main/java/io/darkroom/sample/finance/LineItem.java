package io.darkroom.sample.finance;

import io.darkroom.sample.world.Product;

import java.math.BigDecimal;

/** One invoice position. */
public record LineItem(Product product, int quantity, BigDecimal unitPrice) {
    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
