package io.darkroom.sample.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A standalone invoice PDF as written: its date and its gross total in EUR. */
public record InvoiceEntry(String path, LocalDate date, BigDecimal total) {
}
