package io.darkroom.sample.broken;

import io.darkroom.sample.finance.Invoice;
import io.darkroom.sample.finance.InvoiceWriter;
import io.darkroom.sample.finance.LineItem;
import io.darkroom.sample.format.PdfText;
import io.darkroom.sample.format.PdfText.Style;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The five broken inputs under {@code broken/}. Only the encrypted PDF (one row, type other) and
 * the PDF with the wrong extension (parsed, type other) yield documents.
 */
public final class BrokenInputsWriter {
    static final String PASSWORD = "Kestrel-Payroll-2024";
    /** No known file signature starts like this, so detection falls back to application/octet-stream. */
    private static final byte[] BLOB_HEADER = {0x00, 0x13, 0x37, (byte) 0xEE};

    private BrokenInputsWriter() {
    }

    public static List<BrokenInput> writeAll(CompanyDirectory directory, long seed, CorpusLedger ledger) {
        Dice dice = Dice.stream(seed, "broken");
        List<LocalDate> dates = Timeline.months().stream().map(m -> Timeline.dayIn(m, dice)).toList();
        Person finance = directory.staffWithRole("Head of Finance").get(0);

        LocalDate truncatedDate = dates.get(dice.between(24, 35));
        Invoice lost = new Invoice("INV-" + truncatedDate.getYear() + "-90001", truncatedDate,
                dice.pick(directory.customers()),
                List.of(new LineItem(directory.products().get(0), 12, directory.products().get(0).listPrice())),
                finance);
        byte[] invoice = InvoiceWriter.render(lost);
        String truncated = "broken/invoice-transfer-interrupted.pdf";
        ledger.writeFile(truncated, Arrays.copyOf(invoice, invoice.length * 6 / 10), truncatedDate,
                BrokenKind.TRUNCATED_PDF.status());

        LocalDate encryptedDate = dates.get(dice.between(12, 23));
        String encrypted = "broken/salary-review-" + encryptedDate.getYear() + "-protected.pdf";
        byte[] protectedPdf = new PdfText()
                .line(Style.TITLE, "CONFIDENTIAL - SALARY REVIEW " + encryptedDate.getYear())
                .paragraph("Proposed salary increases for the sales team total "
                        + Money.format(Money.euros(dice.between(80, 200) * 1000.0)) + ", an average of "
                        + dice.between(3, 6) + "% per person.")
                .renderEncrypted(new PdfText.Info("Salary review", finance.fullName(), "Confidential", encryptedDate),
                        encrypted, PASSWORD, PASSWORD + "-owner");
        ledger.writeFile(encrypted, protectedPdf, encryptedDate, BrokenKind.ENCRYPTED_PDF.status());
        // Encrypted PDFs keep no readable metadata, so the row's date is the file's mtime.
        ledger.addDocument(encrypted, "", encryptedDate, DocType.OTHER);

        LocalDate emptyDate = dates.get(dice.between(0, 35));
        String empty = "broken/empty-upload.txt";
        ledger.writeFile(empty, new byte[0], emptyDate, BrokenKind.ZERO_BYTE.status());

        LocalDate reportDate = dates.get(dice.between(0, 35));
        String misnamed = "broken/quarterly-report-q" + ((reportDate.getMonthValue() - 1) / 3 + 1) + ".docx";
        byte[] report = new PdfText()
                .line(Style.TITLE, "QUARTERLY REPORT")
                .paragraph(CompanyDirectory.COMPANY + " closed the quarter with revenue of "
                        + Money.format(Money.euros(dice.between(2000, 6000) * 1000.0)) + " and an EBIT margin of "
                        + dice.between(6, 14) + "%. This report was exported as PDF but saved with a Word extension.")
                .render(new PdfText.Info("Quarterly report", finance.fullName(), "Quarterly report", reportDate),
                        misnamed);
        ledger.writeDocument(misnamed, report, reportDate, DocType.OTHER);

        LocalDate blobDate = dates.get(dice.between(0, 35));
        String blobPath = "broken/firmware-dump.bin";
        byte[] blob = new byte[4096];
        dice.fill(blob);
        System.arraycopy(BLOB_HEADER, 0, blob, 0, BLOB_HEADER.length);
        ledger.writeFile(blobPath, blob, blobDate, BrokenKind.BINARY_BLOB.status());

        return List.of(new BrokenInput(truncated, BrokenKind.TRUNCATED_PDF, null),
                new BrokenInput(encrypted, BrokenKind.ENCRYPTED_PDF, PASSWORD),
                new BrokenInput(empty, BrokenKind.ZERO_BYTE, null),
                new BrokenInput(misnamed, BrokenKind.WRONG_EXTENSION, null),
                new BrokenInput(blobPath, BrokenKind.BINARY_BLOB, null));
    }
}
