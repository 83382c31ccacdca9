package io.darkroom.ingest.datasets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real table files built in code: each one exercises a rule of extraction. */
final class TableFiles {
    private TableFiles() {
    }

    static Path write(Path dir, String relative, byte[] content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sheets: "Orders" (a title row above the header; dates, EUR-formatted amounts, a formula
     * column, a yes/no column), "Quarterly" (a merged "Revenue" header over Q1/Q2), "Notes"
     * (one cell: too small).
     */
    static byte[] workbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle euro = wb.createCellStyle();
            euro.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 [$€-407]"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

            Sheet orders = wb.createSheet("Orders");
            orders.createRow(0).createCell(0).setCellValue("Orders March 2024 - ACME GmbH");
            Row h = orders.createRow(2);
            String[] header = {"Order ID", "Order date", "Amount", "Quantity", "Total", "Paid?", "Discount"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < 6; i++) {
                Row r = orders.createRow(3 + i);
                r.createCell(0).setCellValue("A-" + (100 + i));
                r.createCell(1).setCellValue(LocalDate.of(2024, 3, 1 + i * 4));
                r.getCell(1).setCellStyle(date);
                r.createCell(2).setCellValue(1000.5 + i * 250);
                r.getCell(2).setCellStyle(euro);
                r.createCell(3).setCellValue(i + 1);
                r.createCell(4).setCellFormula("C" + (4 + i) + "*D" + (4 + i));
                r.getCell(4).setCellStyle(euro);
                r.createCell(5).setCellValue(i % 2 == 0 ? "yes" : "no");
                r.createCell(6).setCellValue(0.05 * i);
                r.getCell(6).setCellStyle(pct);
            }
            Sheet quarterly = wb.createSheet("Quarterly");
            Row top = quarterly.createRow(0);
            top.createCell(0).setCellValue("Region");
            top.createCell(1).setCellValue("Revenue");
            top.createCell(3).setCellValue("Customers");
            quarterly.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            quarterly.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            Row sub = quarterly.createRow(1);
            sub.createCell(1).setCellValue("Q1");
            sub.createCell(2).setCellValue("Q2");
            String[] regions = {"North", "South", "East"};
            for (int i = 0; i < regions.length; i++) {
                Row r = quarterly.createRow(2 + i);
                r.createCell(0).setCellValue(regions[i]);
                r.createCell(1).setCellValue(100.25 * (i + 1));
                r.createCell(2).setCellValue(120.5 * (i + 1));
                r.createCell(3).setCellValue(10 + i);
            }
            Row total = quarterly.createRow(5);
            total.createCell(0).setCellValue("Total");
            total.createCell(1).setCellFormula("SUM(B3:B5)");
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Prepared by finance");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8BomCsv() {
        String csv = "customer,city,revenue,since\n"
                + "Müller AG,Zürich,\"$1,234.50\",2021-03-05\n"
                + "Dupont SA,Besançon,\"$980.00\",2020-11-30\n"
                + "Smith Ltd,London,\"$15,000.00\",2019-01-15\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** The way German Excel exports: windows-1252, ';' separated, 1.234,56 decimals, d.m.y dates. */
    static byte[] cp1252SemicolonCsv() {
        String csv = "Kunde;Straße;Umsatz;Anteil;Datum;Aktiv\n"
                + "Bäckerei Schön;Hauptstraße 1;1.234,56 €;12,5 %;05.03.2024;ja\n"
                + "Café Größe;Lindenallee 2;987,00 €;7,5 %;17.03.2024;nein\n"
                + "Metzgerei Kühn;Am Markt 3;12.345,67 €;80 %;28.03.2024;ja\n";
        return csv.getBytes(Charset.forName("windows-1252"));
    }

    static byte[] tsv() {
        String tsv = "id\tname\tscore\tactive\tupdated\n"
                + "1\talpha\t0.5\ttrue\t2024-01-02 10:15:00\n"
                + "2\tbeta\t1.25\tfalse\t2024-01-03 11:00:30\n"
                + "3\tgamma\tNULL\ttrue\t2024-01-04 09:00:00\n";
        return tsv.getBytes(StandardCharsets.UTF_8);
    }

    /** Two data tables inside a layout table, plus a presentation table. */
    static byte[] html() {
        String html = """
                <html><body>
                <table role="presentation"><tr><td>Logo</td><td>Menu</td></tr><tr><td>a</td><td>b</td></tr></table>
                <table class="layout"><tr><td>
                  <table><caption>Prices</caption>
                    <thead><tr><th>Product</th><th>Price</th><th>Stock</th></tr></thead>
                    <tr><td>Widget</td><td>€ 9,99</td><td>12</td></tr>
                    <tr><td>Gadget</td><td>€ 19,50</td><td>3</td></tr>
                  </table>
                </td><td>
                  <table>
                    <tr><th>Month</th><th>Visitors</th><th>Conversion</th></tr>
                    <tr><td>Jan 2024</td><td>1,200</td><td>2.5%</td></tr>
                    <tr><td>Feb 2024</td><td>1,450</td><td>3.1%</td></tr>
                    <tr><td>Mar 2024</td><td>1,390</td><td>2.9%</td></tr>
                  </table>
                </td></tr></table>
                </body></html>
                """;
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** A minimal OpenDocument spreadsheet with typed cells and a repeated empty tail. */
    static byte[] ods() {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:spreadsheet>
                <table:table table:name="Budget">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Item</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Cost</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Due</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Rent</text:p></table:table-cell>
                    <table:table-cell office:value-type="currency" office:currency="EUR" office:value="1500"><text:p>1.500,00 €</text:p></table:table-cell>
                    <table:table-cell office:value-type="date" office:date-value="2024-04-01"><text:p>01.04.24</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Power</text:p></table:table-cell>
                    <table:table-cell office:value-type="currency" office:currency="EUR" office:value="210.4"><text:p>210,40 €</text:p></table:table-cell>
                    <table:table-cell office:value-type="date" office:date-value="2024-04-15"><text:p>15.04.24</text:p></table:table-cell></table:table-row>
                  <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                </table:table>
                </office:spreadsheet></office:body></office:document-content>
                """;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
