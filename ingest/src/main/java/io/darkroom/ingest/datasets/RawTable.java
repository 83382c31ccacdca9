package io.darkroom.ingest.datasets;

import java.util.List;
import java.util.Objects;

/**
 * A table as read from a file, before header detection and typing: rows of cell texts. Readers of
 * typed formats (xlsx, ods) write canonical texts (plain decimals with a dot, ISO dates, a currency
 * code or '%' when the cell format shows one) so that one inference path serves every format.
 *
 * @param name         sheet name, "table N" for HTML, null for a CSV file
 * @param index        0-based position of the sheet or table in the file
 * @param rows         cell texts; rows may have different lengths; empty cells are ""
 * @param truncated    true when a row or cell bound cut the table
 * @param decimalComma true when the file's conventions suggest ',' as the decimal mark (a ';'-separated
 *                     CSV); used only when a column's own values do not tell
 */
public record RawTable(String name, int index, List<List<String>> rows, boolean truncated, boolean decimalComma) {
    public RawTable {
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
    }
}
