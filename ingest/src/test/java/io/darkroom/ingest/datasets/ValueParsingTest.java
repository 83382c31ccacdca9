package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parsing rules one by one, expected values beside the inputs. */
class ValueParsingTest {
    @Test
    void numbersWithGroupingCurrencyAndPercent() {
        assertThat(NumberText.parse("1,234.56", false).value()).isEqualByComparingTo("1234.56");
        assertThat(NumberText.parse("1.234,56", true).value()).isEqualByComparingTo("1234.56");
        assertThat(NumberText.parse("-€1,234.5", false)).extracting(NumberText.Parsed::value, NumberText.Parsed::currency)
                .containsExactly(new BigDecimal("-1234.5"), "EUR");
        assertThat(NumberText.parse("(250.00)", false).value()).isEqualByComparingTo("-250");
        assertThat(NumberText.parse("1.234,00-", true).value()).isEqualByComparingTo("-1234");
        assertThat(NumberText.parse("£ 12", false).currency()).isEqualTo("GBP");
        assertThat(NumberText.parse("12,5 %", true).value()).isEqualByComparingTo("0.125");
        assertThat(NumberText.parse("05021", false)).as("leading zero: a code").isNull();
        assertThat(NumberText.parse("12 34", false)).isNull();
        assertThat(NumberText.parse("abc", false)).isNull();
    }

    @Test
    void decimalMarkIsDecidedByTheColumn() {
        assertThat(NumberText.decimalComma(List.of("1.234,56", "1,234"), false)).isTrue();
        assertThat(NumberText.decimalComma(List.of("1,234.56", "1.234"), true)).isFalse();
        assertThat(NumberText.decimalComma(List.of("1,234", "2,000"), true)).as("no evidence: the hint").isTrue();
    }

    @Test
    void datesInEveryCommonShape() {
        TemporalText.DateOrder dmy = TemporalText.DateOrder.DAY_FIRST;
        assertThat(TemporalText.parse("2024-03-05", dmy)).isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 0));
        assertThat(TemporalText.parse("1996-07-04 00:00:00.000", dmy)).isEqualTo(LocalDateTime.of(1996, 7, 4, 0, 0));
        assertThat(TemporalText.parse("2024-03-05T10:15:00+01:00", dmy)).isEqualTo(LocalDateTime.of(2024, 3, 5, 9, 15));
        assertThat(TemporalText.parse("05/03/2024", dmy)).isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 0));
        assertThat(TemporalText.parse("05/03/2024", TemporalText.DateOrder.MONTH_FIRST)).isEqualTo(LocalDateTime.of(2024, 5, 3, 0, 0));
        assertThat(TemporalText.parse("5 Mar 2024", dmy)).isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 0));
        assertThat(TemporalText.parse("March 2024", dmy)).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(TemporalText.parse("31/02/2024", dmy)).isNull();
        assertThat(TemporalText.order(List.of("03/04/2024", "12/25/2024"))).isEqualTo(TemporalText.DateOrder.MONTH_FIRST);
        assertThat(TemporalText.order(List.of("03/04/2024", "25/12/2024"))).isEqualTo(TemporalText.DateOrder.DAY_FIRST);
    }

    @Test
    void typingThresholdCountsUnparsedValues() {
        ColumnTyper typer = new ColumnTyper(0.95);
        List<String> mostlyNumbers = new java.util.ArrayList<>(java.util.Collections.nCopies(19, "7"));
        mostlyNumbers.add("seven");
        ColumnTyper.Typed typed = typer.type("n", "N", mostlyNumbers, false);
        assertThat(typed.profile().type()).isEqualTo(new ColumnType.IntegerColumn());
        assertThat(typed.profile().unparsed()).isEqualTo(1);
        assertThat(typed.values()[19]).isNull();

        mostlyNumbers.set(18, "eight");
        assertThat(typer.type("n", "N", mostlyNumbers, false).profile().type()).isEqualTo(new ColumnType.StringColumn());
        assertThat(typer.type("f", "Flag", List.of("Y", "N", "", "n/a"), false).profile().type())
                .isEqualTo(new ColumnType.BooleanColumn());
        assertThat(typer.type("m", "Mixed", List.of("€1", "$2"), false).profile().type())
                .as("two currencies cannot be summed").isEqualTo(new ColumnType.StringColumn());
    }

    @Test
    void columnNamesAreSnakeCaseAndUnique() {
        assertThat(ColumnNames.normalise(List.of("orderDate", "customerID", "Net revenue (EUR)", "Share (%)", "", "Straße",
                "Order Date", "2024")))
                .containsExactly("order_date", "customer_id", "net_revenue_eur", "share_pct", "col_5", "strasse",
                        "order_date_2", "col_2024");
    }

    @Test
    void datasetNamesFollowThePathAndSheet() {
        assertThat(DatasetName.derive("finance/sales/2024/sales-2024-03.xlsx", "By region").value())
                .isEqualTo("finance_sales_2024_sales_2024_03__by_region");
        assertThat(DatasetName.derive("2024 Übersicht.csv", null).value()).isEqualTo("ds_2024_ubersicht");
        assertThat(DatasetName.derive("a".repeat(200) + ".csv", null).value()).hasSize(DatasetName.MAX_LENGTH - 1);
        assertThatThrownBy(() -> new DatasetName("Bad Name")).hasMessageContaining("Cannot name a dataset 'Bad Name'");
    }

    @Test
    void encodingsAndDelimitersAreSniffed() {
        byte[] utf16 = "\uFEFFa;b\n1;2\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode("Straße".getBytes(Charset.forName("windows-1252"))).text()).isEqualTo("Straße");
        assertThat(TextDecoder.decode("Straße".getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(DelimiterSniffer.sniff("a;b;c\n1,5;2;3\n4;5;6\n", ',')).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("a|b\n1|2\n", ',')).isEqualTo('|');
        assertThat(DelimiterSniffer.sniff("a\tb, c\tx\n1\t2, 3\ty\n", ',')).isEqualTo('\t');
    }
}
