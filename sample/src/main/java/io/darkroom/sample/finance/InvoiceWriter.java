package io.darkroom.sample.finance;

import io.darkroom.sample.format.PdfText;
import io.darkroom.sample.format.PdfText.Style;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Timeline;

import java.util.List;
import java.util.Locale;

/** Prints invoices as PDFs under {@code finance/invoices/YYYY/} and books them in the ledger. */
public final class InvoiceWriter {
    private InvoiceWriter() {
    }

    public static void writeAll(List<Invoice> invoices, CorpusLedger ledger) {
        for (Invoice invoice : invoices) {
            String path = "finance/invoices/" + invoice.date().getYear() + "/" + invoice.number() + ".pdf";
            ledger.writeDocument(path, render(invoice), invoice.date(), DocType.INVOICE);
            ledger.addInvoice(path, invoice.date(), invoice.total());
        }
    }

    public static byte[] render(Invoice invoice) {
        PdfText pdf = new PdfText()
                .line(Style.TITLE, "INVOICE")
                .body(CompanyDirectory.COMPANY + ", " + CompanyDirectory.COMPANY_ADDRESS)
                .body("VAT ID DE 284 117 930  -  Commercial register Stuttgart HRB 734112")
                .blank()
                .body("Invoice number: " + invoice.number())
                .body("Invoice date: " + Timeline.longDate(invoice.date()))
                .body("Customer: " + invoice.customer().legalName())
                .body("Customer number: " + invoice.customer().number())
                .body("Address: " + invoice.customer().city() + ", " + invoice.customer().country())
                .body("Attention: " + invoice.customer().contact().fullName())
                .blank()
                .line(Style.TABLE, String.format(Locale.ENGLISH, "%-8s %-24s %5s %16s %18s",
                        "Item", "Description", "Qty", "Unit price", "Amount"));
        for (LineItem item : invoice.items()) {
            pdf.line(Style.TABLE, String.format(Locale.ENGLISH, "%-8s %-24s %5d %16s %18s",
                    item.product().code(), item.product().name(), item.quantity(),
                    Money.format(item.unitPrice()), Money.format(item.amount())));
        }
        pdf.blank()
                .body("Subtotal: " + Money.format(invoice.subtotal()))
                .body("VAT 19%: " + Money.format(invoice.vat()))
                .line(Style.HEADING, "Total due: " + Money.format(invoice.total()))
                .body("Currency: EUR")
                .body("Due date: " + Timeline.longDate(invoice.dueDate()))
                .blank()
                .paragraph("Payment terms: 30 days net. Please transfer the total to IBAN DE89 6005 0101 0004 "
                        + "2261 17 at " + CompanyDirectory.BANK + ", quoting " + invoice.number() + ". Thank you for your "
                        + "business. Questions about this invoice: " + invoice.issuedBy().fullName() + ", "
                        + invoice.issuedBy().email() + ".");
        return pdf.render(new PdfText.Info("Invoice " + invoice.number(), invoice.issuedBy().fullName(),
                "Invoice for " + invoice.customer().legalName(), invoice.date()), invoice.number());
    }
}
