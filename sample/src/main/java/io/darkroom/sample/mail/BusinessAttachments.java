package io.darkroom.sample.mail;

import io.darkroom.sample.format.Docx;
import io.darkroom.sample.format.PdfText;
import io.darkroom.sample.format.PdfText.Style;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Quotes, statements and purchase orders sent as e-mail attachments. Their headings are chosen so
 * the contract's typing rules make them {@code other}, and their created date is the e-mail's.
 */
final class BusinessAttachments {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private BusinessAttachments() {
    }

    static Attachment quotation(String number, LocalDate date, Customer customer, Product product, int units,
                                Person author) {
        BigDecimal total = product.listPrice().multiply(BigDecimal.valueOf(units));
        byte[] pdf = new PdfText()
                .line(Style.TITLE, "QUOTATION " + number)
                .body(CompanyDirectory.COMPANY + ", " + CompanyDirectory.COMPANY_ADDRESS)
                .body("Date: " + Timeline.longDate(date))
                .body("Prepared for: " + customer.legalName() + ", " + customer.city())
                .blank()
                .line(Style.TABLE, String.format(Locale.ENGLISH, "%-24s %5d x %14s = %16s", product.name(), units,
                        Money.format(product.listPrice()), Money.format(total)))
                .blank()
                .paragraph("This quotation is valid for 60 days from " + Timeline.longDate(date) + ". Prices exclude "
                        + "19% VAT. Delivery within " + (units > 20 ? 6 : 3) + " weeks after order confirmation.")
                .body("Contact: " + author.fullName() + ", " + author.email())
                .render(new PdfText.Info("Quotation " + number, author.fullName(), "Quotation", date), number);
        return new Attachment(number + ".pdf", PDF, pdf);
    }

    static Attachment statement(String number, LocalDate date, Customer customer, BigDecimal open, Person author) {
        byte[] pdf = new PdfText()
                .line(Style.TITLE, "STATEMENT OF ACCOUNT")
                .body("Statement " + number + " as of " + Timeline.longDate(date))
                .body("Customer: " + customer.legalName() + " (" + customer.number() + ")")
                .blank()
                .body("Open items: " + Money.format(open))
                .body("Overdue for more than 30 days: " + Money.format(BigDecimal.ZERO))
                .blank()
                .paragraph("Please contact " + author.fullName() + " of " + CompanyDirectory.COMPANY
                        + " if the balance does not match your records.")
                .render(new PdfText.Info("Statement " + number, author.fullName(), "Statement of account", date),
                        number);
        return new Attachment("statement-" + number + ".pdf", PDF, pdf);
    }

    static Attachment purchaseOrder(String number, LocalDate date, Customer customer, Product product, int units) {
        byte[] docx = Docx.of("PURCHASE ORDER " + number, List.of(
                "Buyer: " + customer.legalName() + ", " + customer.city() + ", " + customer.country(),
                "Supplier: " + CompanyDirectory.COMPANY,
                "Order date: " + Timeline.longDate(date),
                "Item: " + product.name() + " (" + product.code() + "), quantity " + units,
                "Agreed price: " + Money.format(product.listPrice()) + " per unit",
                "Requested delivery: " + Timeline.longDate(date.plusDays(28)),
                "Authorised by: " + customer.contact().fullName() + ", " + customer.contact().role()),
                customer.contact().fullName(), date);
        return new Attachment(number + ".docx", DOCX, docx);
    }
}
