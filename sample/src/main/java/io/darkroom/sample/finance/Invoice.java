package io.darkroom.sample.finance;

import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** An invoice as it is printed: German VAT of 19 % on the net sum, due 30 days after issue. */
public record Invoice(String number, LocalDate date, Customer customer, List<LineItem> items, Person issuedBy) {
    public static final BigDecimal VAT_RATE = new BigDecimal("0.19");

    public Invoice {
        items = List.copyOf(items);
    }

    public BigDecimal subtotal() {
        return items.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal vat() {
        return subtotal().multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
    }

    /** The gross amount due; truth.json sums this figure. */
    public BigDecimal total() {
        return subtotal().add(vat());
    }

    public LocalDate dueDate() {
        return date.plusDays(30);
    }
}
