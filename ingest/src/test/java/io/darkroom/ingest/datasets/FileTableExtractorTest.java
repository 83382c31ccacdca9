package io.darkroom.ingest.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Real files of every supported format through the executor-side extractor (no Spark). */
class FileTableExtractorTest {
    @TempDir
    Path share;

    private final FileTableExtractor extractor = new FileTableExtractor(DatasetOptions.defaults());

    private List<TableOutcome> extract(String relative, byte[] content) {
        Path file = TableFiles.write(share, relative, content);
        return extractor.extract(TableFile.under(share.toString(), file.toString()));
    }

    private static List<ExtractedTable> tables(List<TableOutcome> outcomes) {
        return outcomes.stream().filter(TableOutcome.Extracted.class::isInstance)
                .map(o -> ((TableOutcome.Extracted) o).table()).toList();
    }

    private static Map<String, String> types(ExtractedTable table) {
        return table.columns().stream().collect(Collectors.toMap(ColumnProfile::name, c -> c.type().registryName()));
    }

    private static Map<String, ColumnProfile> byName(ExtractedTable table) {
        return table.columns().stream().collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
    }

    @Test
    void workbookSheetsBecomeDatasetsWithTitleRowsMergedHeadersFormulasDatesAndCurrencies() {
        List<TableOutcome> outcomes = extract("finance/Orders 2024-03.xlsx", TableFiles.workbook());

        List<ExtractedTable> tables = tables(outcomes);
        assertThat(tables).extracting(t -> t.name().value())
                .containsExactly("finance_orders_2024_03__orders", "finance_orders_2024_03__quarterly");
        assertThat(outcomes).filteredOn(TableOutcome.Skipped.class::isInstance).singleElement()
                .satisfies(o -> assertThat(((TableOutcome.Skipped) o).sourceTable()).isEqualTo("Notes"));

        ExtractedTable orders = tables.get(0);
        assertThat(orders.headerRow()).isEqualTo(2);
        assertThat(orders.rowCount()).isEqualTo(6);
        assertThat(orders.columns()).extracting(ColumnProfile::name)
                .containsExactly("order_id", "order_date", "amount", "quantity", "total", "paid", "discount");
        assertThat(orders.columns()).extracting(ColumnProfile::label)
                .containsExactly("Order ID", "Order date", "Amount", "Quantity", "Total", "Paid?", "Discount");
        assertThat(types(orders)).containsEntry("order_id", "string").containsEntry("order_date", "date")
                .containsEntry("amount", "amount").containsEntry("quantity", "integer")
                .containsEntry("total", "amount").containsEntry("paid", "boolean").containsEntry("discount", "percent");
        assertThat(byName(orders).get("amount").currency()).isEqualTo("EUR");
        assertThat(orders.rows().get(1).get(1)).isEqualTo(Date.valueOf("2024-03-05"));
        assertThat(orders.rows().get(1).get(2)).isEqualTo(new BigDecimal("1250.50"));
        // the formula's cached result: 1250.5 * 2
        assertThat(orders.rows().get(1).get(4)).isEqualTo(new BigDecimal("2501.00"));
        assertThat((BigDecimal) orders.rows().get(1).get(6)).isEqualByComparingTo("0.05");

        ExtractedTable quarterly = tables.get(1);
        assertThat(quarterly.columns()).extracting(ColumnProfile::name)
                .containsExactly("region", "revenue_q1", "revenue_q2", "customers");
        assertThat(quarterly.rowCount()).as("the Total row is dropped").isEqualTo(3);
        assertThat(types(quarterly)).containsEntry("revenue_q1", "decimal").containsEntry("customers", "integer");
    }

    @Test
    void utf8BomCsvWithDollarAmounts() {
        ExtractedTable table = tables(extract("crm/customers.csv", TableFiles.utf8BomCsv())).get(0);

        assertThat(table.name().value()).isEqualTo("crm_customers");
        assertThat(table.columns()).extracting(ColumnProfile::name).containsExactly("customer", "city", "revenue", "since");
        assertThat(table.rows().get(0).getString(0)).isEqualTo("Müller AG");
        assertThat(byName(table).get("revenue").currency()).isEqualTo("USD");
        assertThat(table.rows().get(2).get(2)).isEqualTo(new BigDecimal("15000.00"));
        assertThat(types(table)).containsEntry("since", "date");
    }

    @Test
    void csvWithBackslashEscapedQuotesIsReadNotRejected() {
        String csv = "Year,Title,Peak\n\"1988\",\"\\\"Whisper\\\"\",\"58\"\n\"1990\",\"Plain\",\"12\"\n\"1991\",\"Third\",\"7\"\n";
        ExtractedTable table = tables(extract("charts/singles.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0);

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.rows().get(0).getString(1)).isEqualTo("\"Whisper\"");
        assertThat(types(table)).containsEntry("peak", "integer");
    }

    @Test
    void windows1252SemicolonCsvWithDecimalCommas() {
        ExtractedTable table = tables(extract("de/umsatz.csv", TableFiles.cp1252SemicolonCsv())).get(0);

        assertThat(table.columns()).extracting(ColumnProfile::name)
                .containsExactly("kunde", "strasse", "umsatz", "anteil", "datum", "aktiv");
        assertThat(table.rows().get(0).getString(1)).isEqualTo("Hauptstraße 1");
        assertThat(types(table)).containsEntry("umsatz", "amount").containsEntry("anteil", "percent")
                .containsEntry("datum", "date").containsEntry("aktiv", "boolean");
        assertThat(table.rows().get(0).get(2)).isEqualTo(new BigDecimal("1234.56"));
        assertThat(table.rows().get(2).get(2)).isEqualTo(new BigDecimal("12345.67"));
        assertThat(table.rows().get(0).get(3)).isEqualTo(new BigDecimal("0.125"));
        assertThat(table.rows().get(1).get(4)).isEqualTo(Date.valueOf("2024-03-17"));
    }

    @Test
    void tsvWithTimestampsBooleansAndNullMarkers() {
        ExtractedTable table = tables(extract("exports/scores.tsv", TableFiles.tsv())).get(0);

        assertThat(types(table)).containsEntry("id", "integer").containsEntry("name", "string")
                .containsEntry("score", "decimal").containsEntry("active", "boolean").containsEntry("updated", "timestamp");
        assertThat(byName(table).get("score").nonEmpty()).isEqualTo(2);
        assertThat(byName(table).get("score").unparsed()).isZero();
        assertThat(table.rows().get(2).get(2)).isNull();
    }

    @Test
    void htmlDataTablesAreKeptAndLayoutTablesSkipped() {
        List<ExtractedTable> tables = tables(extract("web/report.html", TableFiles.html()));

        assertThat(tables).extracting(t -> t.name().value())
                .containsExactly("web_report__table_3", "web_report__table_4");
        ExtractedTable prices = tables.get(0);
        assertThat(types(prices)).containsEntry("price", "amount").containsEntry("stock", "integer");
        assertThat(prices.rows().get(0).get(1)).isEqualTo(new BigDecimal("9.99"));
        ExtractedTable visits = tables.get(1);
        assertThat(types(visits)).containsEntry("month", "date").containsEntry("visitors", "integer")
                .containsEntry("conversion", "percent");
        assertThat(visits.rows().get(1).get(1)).isEqualTo(1450L);
    }

    @Test
    void odsSheetsWithTypedCells() {
        List<ExtractedTable> tables = tables(extract("budget.ods", TableFiles.ods()));

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.name().value()).isEqualTo("budget__budget");
            assertThat(t.rowCount()).isEqualTo(2);
            assertThat(types(t)).containsEntry("cost", "amount").containsEntry("due", "date");
            assertThat(t.columns().get(1).currency()).isEqualTo("EUR");
        });
    }

    @Test
    void aBrokenFileIsAFailureOutcomeNotAnException() {
        List<TableOutcome> outcomes = extract("broken.xlsx", "not a workbook".getBytes());

        assertThat(outcomes).singleElement().isInstanceOf(TableOutcome.Failed.class);
    }

    @Test
    void rowBoundTruncatesAndIsRecorded() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 100; i++) {
            csv.append(i).append(',').append(i * 2).append('\n');
        }
        Path file = TableFiles.write(share, "big.csv", csv.toString().getBytes());
        List<TableOutcome> outcomes = new FileTableExtractor(DatasetOptions.defaults().withMaxRows(11))
                .extract(TableFile.under(share.toString(), file.toString()));

        ExtractedTable table = tables(outcomes).get(0);
        assertThat(table.truncated()).isTrue();
        assertThat(table.rowCount()).isEqualTo(10);
    }
}
