package io.darkroom.ingest.datasets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every data table of an HTML page (jsoup, on the classpath through Tika's HTML parser). Layout
 * tables are skipped: a table with role="presentation", or one that holds another table (page
 * grids). Tables are numbered by their position among all tables of the page, so a name stays
 * stable when a skip rule changes. colspan/rowspan cells are repeated across their span, the
 * way merged spreadsheet cells are.
 */
final class HtmlTableReader implements TableReader {
    /** Bounds colspan/rowspan so a hostile page cannot make a row of millions of cells. */
    private static final int MAX_SPAN = 100;

    private final DatasetOptions options;

    HtmlTableReader(DatasetOptions options) {
        this.options = options;
    }

    @Override
    public List<RawTable> read(byte[] content, String extension) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        Elements all = page.select("table");
        List<RawTable> tables = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Element table = all.get(i);
            if (isLayout(table)) {
                continue;
            }
            tables.add(read(table, i));
        }
        return tables;
    }

    static boolean isLayout(Element table) {
        // getElementsByTag includes the table itself: more than one means it holds a nested table.
        return "presentation".equalsIgnoreCase(table.attr("role")) || "none".equalsIgnoreCase(table.attr("role"))
                || table.getElementsByTag("table").size() > 1;
    }

    private RawTable read(Element table, int index) {
        TableCollector collector = new TableCollector(options);
        // rowspan cells carried into the rows below: column -> (text, rows left)
        List<String[]> pending = new ArrayList<>();
        for (Element tr : rowsOf(table)) {
            List<String> row = new ArrayList<>();
            int column = 0;
            for (Element cell : tr.children()) {
                if (!cell.is("td, th")) {
                    continue;
                }
                column = fillPending(pending, row, column);
                String text = cell.text().strip();
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                for (int k = 0; k < colspan; k++) {
                    while (pending.size() <= column) {
                        pending.add(null);
                    }
                    if (rowspan > 1) {
                        pending.set(column, new String[]{text, Integer.toString(rowspan - 1)});
                    }
                    row.add(text);
                    column++;
                }
            }
            fillPending(pending, row, column);
            if (!collector.add(row)) {
                break;
            }
        }
        // Named by position, not caption: captions change more often than page structure.
        return collector.toTable("table " + (index + 1), index, false);
    }

    /** Inserts cells of rowspans from rows above at the current position; returns the next column. */
    private static int fillPending(List<String[]> pending, List<String> row, int column) {
        while (column < pending.size() && pending.get(column) != null) {
            String[] carried = pending.get(column);
            row.add(carried[0]);
            int left = Integer.parseInt(carried[1]) - 1;
            pending.set(column, left > 0 ? new String[]{carried[0], Integer.toString(left)} : null);
            column++;
        }
        return column;
    }

    /** Rows of this table only (not of tables nested in its cells). */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") == table) {
                rows.add(tr);
            }
        }
        return rows;
    }

    private static int span(String attr) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(attr.strip())));
        } catch (NumberFormatException absent) {
            return 1;
        }
    }
}
