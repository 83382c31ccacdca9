package io.darkroom.sample.world;

import java.math.BigDecimal;

/** A catalogue item; the list price is the base for invoice line items and quotes. */
public record Product(String code, String name, BigDecimal listPrice) {
}
