package io.darkroom.sample.legal;

import io.darkroom.sample.format.PdfText;
import io.darkroom.sample.format.PdfText.Style;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Service agreements and supply contracts as PDFs under {@code legal/contracts/YYYY/}. */
public final class ContractWriter {
    private ContractWriter() {
    }

    public static void writeAll(int count, CompanyDirectory directory, long seed, CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "contracts");
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(Timeline.dayIn(Timeline.months().get(i * 36 / count), dice));
        }
        dates.sort(Comparator.naturalOrder());
        int[] perYear = new int[3];
        for (LocalDate date : dates) {
            int sequence = ++perYear[date.getYear() - Timeline.START.getYear()];
            Customer customer = dice.pick(directory.customers());
            String number = String.format("CTR-%d-%03d", date.getYear(), sequence);
            String path = "legal/contracts/" + date.getYear() + "/" + number + "-" + customer.slug() + ".pdf";
            ledger.writeDocument(path, render(number, date, customer, directory, dice), date, DocType.CONTRACT);
        }
    }

    private static byte[] render(String number, LocalDate date, Customer customer, CompanyDirectory directory,
                                 Dice dice) {
        Product product = dice.pick(directory.products());
        boolean service = dice.chance(0.6);
        int termMonths = dice.pickOf(12, 24, 36);
        BigDecimal annual = product.listPrice().multiply(BigDecimal.valueOf(dice.between(20, 160)));
        Person signatory = directory.staffWithRole("Head of Sales").get(0);
        String title = service ? "SERVICE AGREEMENT" : "CONTRACT FOR THE SUPPLY OF " + product.name().toUpperCase();
        PdfText pdf = new PdfText()
                .line(Style.TITLE, title)
                .body("Agreement number: " + number)
                .body("Date: " + Timeline.longDate(date))
                .blank()
                .line(Style.HEADING, "1. Parties")
                .paragraph("This agreement is made between " + CompanyDirectory.COMPANY + ", "
                        + CompanyDirectory.COMPANY_ADDRESS + " (the \"Supplier\"), represented by "
                        + signatory.fullName() + ", and " + customer.legalName() + ", " + customer.city() + ", "
                        + customer.country() + " (the \"Customer\"), represented by " + customer.contact().fullName()
                        + ", " + customer.contact().role() + ".")
                .line(Style.HEADING, "2. Subject")
                .paragraph(service
                        ? "The Supplier provides preventive maintenance, spare parts and remote support for the "
                          + product.name() + " units installed at the Customer's site in " + customer.city()
                          + ", with a guaranteed response time of " + dice.pickOf(4, 8, 24) + " hours."
                        : "The Supplier delivers " + product.name() + " units (article " + product.code()
                          + ") on call-off orders at a unit price of " + Money.format(product.listPrice())
                          + ", with a volume discount of " + dice.between(3, 12) + "% above 50 units a year.")
                .line(Style.HEADING, "3. Term")
                .paragraph("The agreement takes effect on " + Timeline.longDate(date) + " and runs for "
                        + termMonths + " months until " + Timeline.longDate(date.plusMonths(termMonths))
                        + ". It renews for twelve months unless either party gives three months' written notice.")
                .line(Style.HEADING, "4. Fees and payment")
                .paragraph("The annual contract value is " + Money.format(annual) + " plus VAT. Fees are invoiced "
                        + dice.pickOf("quarterly", "monthly", "annually") + " in advance and payable within 30 "
                        + "days. Prices are adjusted each January by at most " + dice.between(2, 5) + "%.")
                .line(Style.HEADING, "5. Governing law")
                .paragraph("This agreement is governed by the laws of the Federal Republic of Germany. "
                        + "Place of jurisdiction is Stuttgart.")
                .body("Signed for the Supplier: " + signatory.fullName() + ", " + signatory.role())
                .body("Signed for the Customer: " + customer.contact().fullName() + ", " + customer.contact().role());
        return pdf.render(new PdfText.Info(title + " " + number, signatory.fullName(),
                "Agreement with " + customer.legalName(), date), number);
    }
}
