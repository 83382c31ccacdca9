package io.darkroom.sample.finance;

import io.darkroom.sample.format.OfficeDocuments;
import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Person;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Monthly (or, for small corpora, quarterly) sales workbooks under {@code finance/sales/YYYY/},
 * whose figures are the sums of the invoices of the period, so spreadsheets and PDFs agree.
 */
public final class SalesWorkbookWriter {
    private SalesWorkbookWriter() {
    }

    /** One reporting period: its label ("2024-06" or "2024-Q2") and its months. */
    public record Period(String label, List<YearMonth> months) {
        public LocalDate reportDate() {
            return months.get(months.size() - 1).atDay(28);
        }
    }

    public static List<Period> periods(int workbooks) {
        List<YearMonth> months = Timeline.months();
        if (workbooks == months.size()) {
            return months.stream().map(m -> new Period(m.toString(), List.of(m))).toList();
        }
        if (workbooks != months.size() / 3) {
            throw new IllegalArgumentException("Cannot plan " + workbooks + " sales workbooks: expected 12 or 36");
        }
        return IntStream.range(0, workbooks).mapToObj(q -> new Period(
                months.get(q * 3).getYear() + "-Q" + (q % 4 + 1), months.subList(q * 3, q * 3 + 3))).toList();
    }

    public static void writeAll(int workbooks, List<Invoice> invoices, CompanyDirectory directory,
                                CorpusLedger ledger) {
        Person author = directory.staffWithRole("Head of Sales").get(0);
        for (Period period : periods(workbooks)) {
            List<Invoice> inPeriod = invoices.stream()
                    .filter(i -> period.months().contains(YearMonth.from(i.date()))).toList();
            LocalDate date = period.reportDate();
            String path = "finance/sales/" + date.getYear() + "/sales-" + period.label() + ".xlsx";
            ledger.writeDocument(path, render(period, inPeriod, directory, author), date, DocType.SPREADSHEET);
        }
    }

    private static byte[] render(Period period, List<Invoice> invoices, CompanyDirectory directory, Person author) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle moneyStyle = workbook.createCellStyle();
        moneyStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));

        BigDecimal net = sum(invoices, Invoice::subtotal);
        BigDecimal gross = sum(invoices, Invoice::total);
        XSSFSheet summary = workbook.createSheet("Summary");
        summary.createRow(0).createCell(0).setCellValue("Sales summary " + period.label() + " - "
                + CompanyDirectory.COMPANY);
        Row dateRow = summary.createRow(1);
        dateRow.createCell(0).setCellValue("Report date");
        dateRow.createCell(1).setCellValue(period.reportDate());
        dateRow.getCell(1).setCellStyle(dateStyle);
        addRow(summary, 2, "Invoices", invoices.size(), null);
        addRow(summary, 3, "Net revenue (EUR)", net.doubleValue(), moneyStyle);
        addRow(summary, 4, "Gross revenue incl. VAT (EUR)", gross.doubleValue(), moneyStyle);
        addRow(summary, 5, "Customers invoiced", invoices.stream().map(Invoice::customer).distinct().count(), null);

        XSSFSheet byRegion = workbook.createSheet("By region");
        header(byRegion, "Region", "Invoices", "Net revenue (EUR)", "Share of revenue (%)");
        Map<String, List<Invoice>> regions = new TreeMap<>();
        CompanyDirectory.REGIONS.forEach(r -> regions.put(r, invoices.stream()
                .filter(i -> i.customer().region().equals(r)).toList()));
        int row = 1;
        for (Map.Entry<String, List<Invoice>> region : regions.entrySet()) {
            BigDecimal regionNet = sum(region.getValue(), Invoice::subtotal);
            Row r = byRegion.createRow(row++);
            r.createCell(0).setCellValue(region.getKey());
            r.createCell(1).setCellValue(region.getValue().size());
            r.createCell(2).setCellValue(regionNet.doubleValue());
            r.getCell(2).setCellStyle(moneyStyle);
            r.createCell(3).setCellValue(net.signum() == 0 ? 0
                    : Math.round(regionNet.doubleValue() * 1000 / net.doubleValue()) / 10.0);
        }

        XSSFSheet byProduct = workbook.createSheet("By product");
        header(byProduct, "Product code", "Product", "Units", "Net revenue (EUR)");
        row = 1;
        for (Product product : directory.products()) {
            List<LineItem> items = invoices.stream().flatMap(i -> i.items().stream())
                    .filter(item -> item.product().equals(product)).toList();
            Row r = byProduct.createRow(row++);
            r.createCell(0).setCellValue(product.code());
            r.createCell(1).setCellValue(product.name());
            r.createCell(2).setCellValue(items.stream().mapToInt(LineItem::quantity).sum());
            r.createCell(3).setCellValue(items.stream().map(LineItem::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue());
            r.getCell(3).setCellStyle(moneyStyle);
        }
        return OfficeDocuments.save(workbook, "Sales " + period.label(), author.fullName(), period.reportDate());
    }

    private static void header(XSSFSheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }

    private static void addRow(XSSFSheet sheet, int index, String label, double value, CellStyle style) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        if (style != null) {
            row.getCell(1).setCellStyle(style);
        }
    }

    private static BigDecimal sum(List<Invoice> invoices, Function<Invoice, BigDecimal> amount) {
        return invoices.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
